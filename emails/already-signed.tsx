/** Sent when someone signs again with an address whose signature is already confirmed. */
import { translatorFor } from "@/lib/i18n/translator";
import { CallToAction } from "./components/call-to-action";
import { previewSigner, SignerEmail, signerEmailSubject, type SignerEmailProps } from "./components/signer-email";

export type AlreadySignedProps = SignerEmailProps & { petitionUrl: string };

export const alreadySignedSubject = (props: AlreadySignedProps) => signerEmailSubject("emails.alreadySigned", props);

export default function AlreadySignedEmail(props: AlreadySignedProps) {
  const t = translatorFor(props.locale, "emails.alreadySigned");
  return (
    <SignerEmail namespace="emails.alreadySigned" signer={props}>
      <CallToAction href={props.petitionUrl} label={t("button")} />
    </SignerEmail>
  );
}

AlreadySignedEmail.PreviewProps = { ...previewSigner, petitionUrl: "http://localhost:3000/en/petitions/free-the-land-protesters" } satisfies AlreadySignedProps;
