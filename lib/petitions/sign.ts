/**
 * Signing a petition: one transaction writes (or refreshes) the pending signature and the
 * email that goes with it. The caller learns nothing about whether the address had signed
 * before — the same answer is given in every case, so nobody can probe who signed.
 *
 * Abuse: in the same transaction the submission is judged. With a proof-of-work solution, it signs
 * normally if the solution's work level is at least the level this address now needs on this
 * petition (requiredWorkLevel: it rises past the per-address limits). Below it, a client that said it
 * can retry (the sign form's script) is refused with "more_work" (nothing written) and solves a
 * harder challenge; any other such submission is flagged. Without a solution the stricter
 * no-JavaScript limits apply. Over them, or with the honeypot filled, it is stored as "flagged": not
 * counted, not emailed, answered exactly like any other submission, and kept for organisers to
 * release (lib/organise/moderation.ts).
 */
import "server-only";
import type { Db } from "@/db/client";
import { inGroupedTransaction } from "@/db/write-group";
import { enqueueEmail } from "@/db/queries/outbox";
import { deleteSignature } from "@/db/queries/abuse";
import { findSignatureByFingerprint, insertSubmittedSignature, replaceSignatureToken } from "@/db/queries/signatures";
import type { Petition } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { spendSolution, type VerifiedSolution } from "@/lib/security/altcha";
import { allowSignerEmail, requiredWorkLevel, signingOverLimit } from "@/lib/security/limits";
import { emailFingerprint, ipHash } from "@/lib/security/keyed-hash";
import { createToken, tokenExpiry } from "@/lib/security/tokens";
import { absoluteUrl, paths } from "@/lib/urls";
import type { SignatureData } from "@/lib/validation/signature";
import { confirmationEmail } from "./confirmation-email";
import { CONSENT_VERSION } from "./consent";

export function isPetitionOpen(petition: Pick<Petition, "status" | "deadline">, now: Date): boolean {
  return petition.status === "open" && (!petition.deadline || petition.deadline.getTime() > now.getTime());
}

export type SignOutcome = "new" | "pending_resent" | "already_confirmed" | "ignored" | "flagged";

export interface SignInput {
  petition: Petition;
  data: SignatureData;
  locale: string;
  clientIp?: string | null;
  /** The site origin the request arrived on, for the emailed links (default APP_URL). */
  origin?: string;
  /** A checked proof-of-work solution (spent here), or null when the form came without one. */
  solution?: VerifiedSolution | null;
  /** The honeypot field was filled: only software does that. */
  honeypot?: boolean;
  /** The client can solve a harder challenge: below the required level it is asked to, not flagged. */
  canRetry?: boolean;
  now?: Date;
}

/**
 * Signs in the next grouped commit (db/write-group.ts): what the sign form and the JSON API use, so a
 * burst of signatures shares its transactions. Resolves once the signature is on disk.
 */
export async function signPetitionGrouped(input: SignInput): Promise<SignOutcome> {
  const outcome = await inGroupedTransaction(signingWork(input));
  if (outcome !== "flagged") kickDispatcher();
  return outcome;
}

/** Everything that needs no database first (hashes, the token, the email), then the transaction's work. */
function signingWork(input: SignInput): (tx: Db) => SignOutcome {
  const { petition, data, locale } = input;
  const now = input.now ?? new Date();
  if (!isPetitionOpen(petition, now)) throw new AppError("petition_not_open", `petition ${petition.id}`);
  const fingerprint = emailFingerprint(data.email);
  const { token, hash } = createToken();
  const expires = tokenExpiry(now);
  const confirmEmail = confirmationEmail(petition, { name: data.name, email: data.email, locale }, token, input.origin);

  const addressHash = ipHash(input.clientIp);
  const row = {
    petitionId: petition.id,
    name: data.name,
    email: data.email,
    emailFingerprint: fingerprint,
    country: data.country,
    city: data.city ?? null,
    organisation: data.organisation ?? null,
    comment: data.comment ?? null,
    commentPublic: data.commentPublic && data.comment !== undefined,
    nameDisplay: data.nameDisplay,
    optInUpdates: data.optInUpdates,
    consentVersion: CONSENT_VERSION,
    locale,
    source: data.source ?? null,
    ipHash: addressHash,
    createdAt: now,
  };

  return (tx): SignOutcome => {
    if (input.solution) spendSolution(input.solution);
    const belowLevel = Boolean(input.solution) && input.solution!.level < requiredWorkLevel(petition.id, addressHash, now);
    if (belowLevel && input.canRetry && !input.honeypot) {
      // Others signed from this address since the challenge was fetched (people at one meeting open
      // the form together): nothing is written and the browser solves a harder challenge and sends
      // again (components/petition/sign-form.tsx), so the person is asked for more work, not lost.
      // It tells nothing new: the challenge endpoint shows this address's level to anyone on it.
      throw new AppError("more_work", "work level below the required one", "altcha");
    }
    const flagged = Boolean(input.honeypot) || belowLevel || (!input.solution && signingOverLimit(petition.id, addressHash, false, now));
    let existing = findSignatureByFingerprint(petition.id, fingerprint);
    if (flagged) {
      // Kept for moderators (no token: it can never be confirmed); an existing row is left alone.
      if (!existing)
        insertSubmittedSignature({
          ...row,
          status: "flagged",
          tokenHash: null,
          tokenExpiresAt: null,
        });
      return "flagged";
    }
    if (existing?.status === "flagged") {
      // A flagged row must not stand in the way of the person's real signature: it gives way.
      deleteSignature(tx, existing.id);
      existing = undefined;
    }
    if (!existing) {
      insertSubmittedSignature({
        ...row,
        status: "pending",
        tokenHash: hash,
        tokenExpiresAt: expires,
      });
      enqueueEmail(confirmEmail, now);
      return "new";
    }
    if (existing.status === "pending") {
      // Over the person's email budget the old link still works: nothing is sent or changed.
      if (!allowSignerEmail(tx, petition.id, fingerprint, now)) return "pending_resent";
      replaceSignatureToken(existing.id, hash, expires);
      enqueueEmail(confirmEmail, now);
      return "pending_resent";
    }
    if (existing.status === "confirmed") {
      // Counted once whichever alias signs again; the reminder shares the confirmation's budget.
      if (!allowSignerEmail(tx, petition.id, fingerprint, now)) return "already_confirmed";
      enqueueEmail(
        {
          template: "already-signed",
          recipient: data.email,
          locale,
          payload: {
            locale,
            name: data.name,
            petitionTitle: petition.title,
            petitionUrl: absoluteUrl(paths.petition(locale, petition.slug), input.origin),
            ...(input.origin ? { siteOrigin: input.origin } : {}),
          },
        },
        now,
      );
      return "already_confirmed";
    }
    // An invalidated signature stays invalidated; nothing is sent.
    return "ignored";
  };
}
