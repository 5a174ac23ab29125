/** Sent when someone signs again with an address whose signature is already confirmed. */
import { Button, Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export interface AlreadySignedProps {
  locale: string;
  name: string;
  petitionTitle: string;
  petitionUrl: string;
  /** The site origin the signer came in on (an alternate such as .onion), for the footer link. */
  siteOrigin?: string;
}

export function alreadySignedSubject({ locale, petitionTitle }: AlreadySignedProps): string {
  return translatorFor(locale, "emails.alreadySigned")("subject", { petition: petitionTitle });
}

export default function AlreadySignedEmail({ locale, name, petitionTitle, petitionUrl, siteOrigin }: AlreadySignedProps) {
  const t = translatorFor(locale, "emails.alreadySigned");
  return (
    <EmailLayout locale={locale} preview={t("preview")} footer={t("footer")} myData={{ siteOrigin }}>
      <Text style={paragraph}>{t("greeting", { name })}</Text>
      <Text style={paragraph}>{t("body", { petition: petitionTitle })}</Text>
      <Button href={petitionUrl} style={button}>
        {t("button")}
      </Button>
      <Text style={paragraph}>{t("notYou")}</Text>
    </EmailLayout>
  );
}

AlreadySignedEmail.PreviewProps = {
  locale: "en",
  name: "Aigerim",
  petitionTitle: "Free the jailed land protesters",
  petitionUrl: "http://localhost:3000/en/petitions/free-the-land-protesters",
} satisfies AlreadySignedProps;
