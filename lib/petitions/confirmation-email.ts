/**
 * The confirmation email of a pending signature, as an outbox row: written by signing
 * (lib/petitions/sign.ts) and by an organiser releasing a flagged signature (lib/organise/moderation.ts).
 */
import "server-only";
import type { Petition } from "@/db/schema";
import { absoluteUrl, paths } from "@/lib/urls";

export function confirmationEmail(petition: Pick<Petition, "title">, signer: { name: string; email: string; locale: string }, token: string, origin?: string) {
  const { locale } = signer;
  return {
    template: "confirm-signature",
    recipient: signer.email,
    locale,
    payload: {
      locale,
      name: signer.name,
      petitionTitle: petition.title,
      confirmUrl: absoluteUrl(paths.confirm(locale, token), origin),
      // The site origin the signer came from (an alternate origin such as .onion): the email's links use it.
      ...(origin ? { siteOrigin: origin } : {}),
    },
  };
}
