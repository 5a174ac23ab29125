/** The "my data" link: opens a page with a button that shows what Picket holds about the address. */
import { Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { CallToAction } from "./components/call-to-action";
import { EmailLayout, paragraph } from "./components/email-layout";

export interface MyDataLinkProps {
  locale: string;
  linkUrl: string;
  minutes: number;
}

export function myDataLinkSubject({ locale }: MyDataLinkProps): string {
  return translatorFor(locale, "emails.myDataLink")("subject");
}

export default function MyDataLinkEmail({ locale, linkUrl, minutes }: MyDataLinkProps) {
  const t = translatorFor(locale, "emails.myDataLink");
  return (
    <EmailLayout locale={locale} preview={t("preview")} footer={t("footer")} myData={null}>
      <Text style={paragraph}>{t("body", { minutes })}</Text>
      <CallToAction href={linkUrl} label={t("button")} fallback={t("linkFallback")} />
      <Text style={paragraph}>{t("notYou")}</Text>
    </EmailLayout>
  );
}

MyDataLinkEmail.PreviewProps = {
  locale: "en",
  linkUrl: "http://localhost:3000/en/my-data/preview-token",
  minutes: 60,
} satisfies MyDataLinkProps;
