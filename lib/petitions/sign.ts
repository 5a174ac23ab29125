/**
 * Signing a petition: one transaction writes (or refreshes) the pending signature and the
 * email that goes with it. The caller learns nothing about whether the address had signed
 * before — the same answer is given in every case, so nobody can probe who signed.
 */
import "server-only";
import { getDb } from "@/db/client";
import { enqueueEmail } from "@/db/queries/outbox";
import { findSignatureByFingerprint, insertSignature, replaceSignatureToken } from "@/db/queries/signatures";
import type { Petition } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { emailFingerprint, ipHash } from "@/lib/security/keyed-hash";
import { createToken, tokenExpiry } from "@/lib/security/tokens";
import { absoluteUrl, paths } from "@/lib/urls";
import type { SignatureData } from "@/lib/validation/signature";
import { CONSENT_VERSION } from "./consent";

export function isPetitionOpen(petition: Pick<Petition, "status" | "deadline">, now: Date): boolean {
  return petition.status === "open" && (!petition.deadline || petition.deadline.getTime() > now.getTime());
}

export type SignOutcome = "new" | "pending_resent" | "already_confirmed" | "ignored";

export function signPetition(input: {
  petition: Petition;
  data: SignatureData;
  locale: string;
  clientIp?: string | null;
  now?: Date;
}): SignOutcome {
  const { petition, data, locale } = input;
  const now = input.now ?? new Date();
  if (!isPetitionOpen(petition, now)) throw new AppError("petition_not_open", `petition ${petition.id}`);
  const fingerprint = emailFingerprint(data.email);
  const { token, hash } = createToken();
  const expires = tokenExpiry(now);
  const confirmEmail = {
    template: "confirm-signature",
    recipient: data.email,
    locale,
    payload: { locale, name: data.name, petitionTitle: petition.title, confirmUrl: absoluteUrl(paths.confirm(locale, token)) },
  };

  const outcome = getDb().transaction(
    (tx): SignOutcome => {
      const existing = findSignatureByFingerprint(tx, petition.id, fingerprint);
      if (!existing) {
        insertSignature(tx, {
          petitionId: petition.id,
          name: data.name,
          email: data.email,
          emailFingerprint: fingerprint,
          country: data.country,
          city: data.city ?? null,
          organisation: data.organisation ?? null,
          comment: data.comment ?? null,
          nameDisplay: data.nameDisplay,
          optInUpdates: data.optInUpdates,
          consentVersion: CONSENT_VERSION,
          locale,
          source: data.source ?? null,
          ipHash: ipHash(input.clientIp),
          status: "pending",
          tokenHash: hash,
          tokenExpiresAt: expires,
          createdAt: now,
        });
        enqueueEmail(tx, confirmEmail, now);
        return "new";
      }
      if (existing.status === "pending") {
        replaceSignatureToken(tx, existing.id, hash, expires);
        enqueueEmail(tx, confirmEmail, now);
        return "pending_resent";
      }
      if (existing.status === "confirmed") {
        enqueueEmail(
          tx,
          {
            template: "already-signed",
            recipient: data.email,
            locale,
            payload: {
              locale,
              name: data.name,
              petitionTitle: petition.title,
              petitionUrl: absoluteUrl(paths.petition(locale, petition.slug)),
            },
          },
          now,
        );
        return "already_confirmed";
      }
      // An invalidated signature stays invalidated; nothing is sent.
      return "ignored";
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
  return outcome;
}
