/** Sent after a first signing (or a repeat while unconfirmed): the link to the confirm page. */
import { Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import { CallToAction } from "./components/call-to-action";
import { paragraph } from "./components/email-layout";
import { previewSigner, SignerEmail, signerEmailSubject, type SignerEmailProps } from "./components/signer-email";

export type ConfirmSignatureProps = SignerEmailProps & { confirmUrl: string };

export const confirmSignatureSubject = (props: ConfirmSignatureProps) => signerEmailSubject("emails.confirmSignature", props);

export default function ConfirmSignatureEmail(props: ConfirmSignatureProps) {
  const t = translatorFor(props.locale, "emails.confirmSignature");
  return (
    <SignerEmail namespace="emails.confirmSignature" signer={props}>
      <CallToAction href={props.confirmUrl} label={t("button")} fallback={t("linkFallback")} />
      <Text style={paragraph}>{t("expiry")}</Text>
    </SignerEmail>
  );
}

ConfirmSignatureEmail.PreviewProps = { ...previewSigner, confirmUrl: "http://localhost:3000/en/confirm/preview-token" } satisfies ConfirmSignatureProps;
