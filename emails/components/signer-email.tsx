/**
 * The frame of an email to a petition's signer: the shared layout with the "My data" footer on the
 * origin they came in on, the greeting by name and the sentence about the petition, and last the "not you?"
 * line. Each email puts its own parts between, under its own message namespace (which has subject,
 * preview, greeting, body, notYou, footer).
 */
import { Text } from "@react-email/components";
import type { ReactNode } from "react";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout, paragraph } from "./email-layout";

export interface SignerEmailProps {
  locale: string;
  name: string;
  petitionTitle: string;
  /** The site origin the signer came in on (an alternate such as .onion), for the footer link. */
  siteOrigin?: string;
}

export function signerEmailSubject(namespace: string, { locale, petitionTitle }: SignerEmailProps): string {
  return translatorFor(locale, namespace)("subject", { petition: petitionTitle });
}

export function SignerEmail({ namespace, signer, children }: { namespace: string; signer: SignerEmailProps; children: ReactNode }) {
  const t = translatorFor(signer.locale, namespace);
  return (
    <EmailLayout locale={signer.locale} preview={t("preview")} footer={t("footer")} myData={{ siteOrigin: signer.siteOrigin }}>
      <Text style={paragraph}>{t("greeting", { name: signer.name })}</Text>
      <Text style={paragraph}>{t("body", { petition: signer.petitionTitle })}</Text>
      {children}
      <Text style={paragraph}>{t("notYou")}</Text>
    </EmailLayout>
  );
}

/** The signer the email previews (`npm run email:preview`) show. */
export const previewSigner = { locale: "en", name: "Aigerim", petitionTitle: "Free the jailed land protesters" } satisfies SignerEmailProps;
