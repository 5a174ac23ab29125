/**
 * Confirming a report or a proposed planned action from the emailed token. Looking a token up changes
 * nothing (mail scanners follow links); only the button's POST moves the item into moderation.
 */
import "server-only";
import { getDb } from "@/db/client";
import { findSubmissionByTokenHash, markSubmissionConfirmed } from "@/db/queries/submissions";
import type { SubmissionStatus } from "@/db/schema";
import { hashToken, isTokenExpired, isWellFormedToken } from "@/lib/security/tokens";
import type { SubmissionKind } from "./kinds";

export type { SubmissionKind };

export type SubmissionTokenState =
  | { state: "invalid" }
  | { state: "pending" | "expired" | "confirmed" | "closed" | "accepted"; campaignSlug: string; campaignTitle: string };

interface Found {
  id: number;
  status: SubmissionStatus;
  tokenExpiresAt: Date | null;
  campaignSlug: string;
  campaignTitle: string;
  campaignStatus: string;
}

function stateOf(found: Found | undefined, now: Date): SubmissionTokenState {
  if (!found) return { state: "invalid" };
  const about = { campaignSlug: found.campaignSlug, campaignTitle: found.campaignTitle };
  // Once confirmed, the link only says so, whatever a moderator decided since.
  if (found.status !== "unconfirmed") return { state: "confirmed", ...about };
  if (isTokenExpired(found.tokenExpiresAt, now)) return { state: "expired", ...about };
  if (found.campaignStatus !== "live") return { state: "closed", ...about };
  return { state: "pending", ...about };
}

export function lookupSubmissionToken(kind: SubmissionKind, token: string, now = new Date()): SubmissionTokenState {
  if (!isWellFormedToken(token)) return { state: "invalid" };
  return stateOf(findSubmissionByTokenHash(getDb(), kind, hashToken(token)), now);
}

/** Spends the token: unconfirmed → pending (the moderation queue), once; "accepted" means it just did. */
export function confirmSubmission(kind: SubmissionKind, token: string, now = new Date()): SubmissionTokenState {
  if (!isWellFormedToken(token)) return { state: "invalid" };
  return getDb().transaction(
    (tx) => {
      const found = findSubmissionByTokenHash(tx, kind, hashToken(token));
      const current = stateOf(found, now);
      if (current.state !== "pending" || !found) return current;
      markSubmissionConfirmed(tx, kind, found.id, now);
      return { ...current, state: "accepted" };
    },
    { behavior: "immediate" },
  );
}
