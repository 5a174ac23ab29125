/** Sent after a first signing (or a repeat while unconfirmed): the link to the confirm page. */
import { Button, Link, Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout, button, paragraph } from "./components/email-layout";

export interface ConfirmSignatureProps {
  locale: string;
  name: string;
  petitionTitle: string;
  confirmUrl: string;
  /** The site origin the signer came in on (an alternate such as .onion), for the footer link. */
  siteOrigin?: string;
}

export function confirmSignatureSubject({ locale, petitionTitle }: ConfirmSignatureProps): string {
  return translatorFor(locale, "emails.confirmSignature")("subject", { petition: petitionTitle });
}

export default function ConfirmSignatureEmail({ locale, name, petitionTitle, confirmUrl, siteOrigin }: ConfirmSignatureProps) {
  const t = translatorFor(locale, "emails.confirmSignature");
  return (
    <EmailLayout locale={locale} preview={t("preview")} footer={t("footer")} myData={{ siteOrigin }}>
      <Text style={paragraph}>{t("greeting", { name })}</Text>
      <Text style={paragraph}>{t("body", { petition: petitionTitle })}</Text>
      <Button href={confirmUrl} style={button}>
        {t("button")}
      </Button>
      <Text style={paragraph}>{t("linkFallback")}</Text>
      <Link href={confirmUrl} style={{ wordBreak: "break-all" }}>
        {confirmUrl}
      </Link>
      <Text style={paragraph}>{t("expiry")}</Text>
      <Text style={paragraph}>{t("notYou")}</Text>
    </EmailLayout>
  );
}

ConfirmSignatureEmail.PreviewProps = {
  locale: "en",
  name: "Aigerim",
  petitionTitle: "Free the jailed land protesters",
  confirmUrl: "http://localhost:3000/en/confirm/preview-token",
} satisfies ConfirmSignatureProps;
