/**
 * How far a directory entry can be trusted. Addresses change (embassies move, ambassadors rotate),
 * so an entry needs a source and a recent check before anyone relies on it.
 */
import type { Mission } from "@/db/schema";

/** After this long, a verified entry must be checked again before sending. */
export const VERIFICATION_MAX_AGE_DAYS = 365;

/**
 * verified: sourced and checked within the last year;
 * stale: sourced, but the check is more than a year old — "check before sending";
 * unverified: no source or no date — "not verified — check before sending".
 */
export type VerificationState = "verified" | "stale" | "unverified";

export function verificationState(
  entry: Pick<Mission, "source" | "verifiedOn" | "addressLines">,
  now: Date = new Date(),
): VerificationState {
  if (!entry.source?.trim() || !entry.verifiedOn || !entry.addressLines?.length) return "unverified";
  const checked = Date.parse(`${entry.verifiedOn}T00:00:00Z`);
  if (Number.isNaN(checked)) return "unverified";
  return now.getTime() - checked > VERIFICATION_MAX_AGE_DAYS * 86_400_000 ? "stale" : "verified";
}
