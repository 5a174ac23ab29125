/**
 * Confirming a signature from the emailed token. Looking a token up changes nothing
 * (email scanners follow links); only confirmSignature, called from the button's POST, does.
 */
import "server-only";
import { getDb } from "@/db/client";
import { incrementSignatureCount, raiseGoalIfReached } from "@/db/queries/petitions";
import { findSignatureByTokenHash, markSignatureConfirmed } from "@/db/queries/signatures";
import { hashToken, isTokenExpired, isWellFormedToken } from "@/lib/security/tokens";
import { nextGoal } from "./goal";
import { isPetitionOpen } from "./sign";

export type TokenState =
  | { state: "invalid" }
  | { state: "expired" | "confirmed" | "closed" | "pending"; petitionSlug: string; petitionTitle: string };

type Found = NonNullable<ReturnType<typeof findSignatureByTokenHash>>;

function stateOf(found: Found | undefined, now: Date): TokenState {
  if (!found || found.status === "invalidated") return { state: "invalid" };
  const about = { petitionSlug: found.petitionSlug, petitionTitle: found.petitionTitle };
  if (found.status === "confirmed") return { state: "confirmed", ...about };
  if (isTokenExpired(found.tokenExpiresAt, now)) return { state: "expired", ...about };
  // A petition that closed, or whose deadline passed, since the person signed counts no more signatures.
  if (!isPetitionOpen({ status: found.petitionStatus, deadline: found.petitionDeadline }, now)) return { state: "closed", ...about };
  return { state: "pending", ...about };
}

export function lookupSignatureToken(token: string, now = new Date()): TokenState {
  if (!isWellFormedToken(token)) return { state: "invalid" };
  return stateOf(findSignatureByTokenHash(getDb(), hashToken(token)), now);
}

/** Confirms and counts the signature in one transaction; the result says what the person sees. */
export function confirmSignature(token: string, now = new Date()): TokenState {
  if (!isWellFormedToken(token)) return { state: "invalid" };
  return getDb().transaction(
    (tx) => {
      const found = findSignatureByTokenHash(tx, hashToken(token));
      const current = stateOf(found, now);
      if (current.state !== "pending" || !found) return current;
      if (markSignatureConfirmed(tx, found.id, now)) {
        incrementSignatureCount(tx, found.petitionId, 1);
        raiseGoalIfReached(tx, found.petitionId, nextGoal);
      }
      return { ...current, state: "confirmed" };
    },
    { behavior: "immediate" },
  );
}
