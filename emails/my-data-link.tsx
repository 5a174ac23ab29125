/** The "my data" link: opens a page with a button that shows what Picket holds about the address. */
import { Button, Link, Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout, button, paragraph } from "./components/email-layout";

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
      <Button href={linkUrl} style={button}>
        {t("button")}
      </Button>
      <Text style={paragraph}>{t("linkFallback")}</Text>
      <Link href={linkUrl} style={{ wordBreak: "break-all" }}>
        {linkUrl}
      </Link>
      <Text style={paragraph}>{t("notYou")}</Text>
    </EmailLayout>
  );
}

MyDataLinkEmail.PreviewProps = {
  locale: "en",
  linkUrl: "http://localhost:3000/en/my-data/preview-token",
  minutes: 60,
} satisfies MyDataLinkProps;
