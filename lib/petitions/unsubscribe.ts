/** Leaving a campaign's mailing: verified by the signed token alone (no cookie, no session). */
import "server-only";
import { getDb } from "@/db/client";
import { renamedFingerprint } from "@/db/queries/refingerprint";
import { optOutOfCampaign } from "@/db/queries/signature-updates";
import { readUnsubscribeToken } from "@/lib/security/unsubscribe";

export function unsubscribe(token: unknown): boolean {
  const parsed = readUnsubscribeToken(token);
  if (!parsed) return false;
  optOutOfCampaign(parsed.campaignId, parsed.emailFingerprint);
  // A link sent before `signatures:refingerprint` carries the fingerprint of the older rules.
  const renamed = renamedFingerprint(getDb(), parsed.emailFingerprint);
  if (renamed) optOutOfCampaign(parsed.campaignId, renamed);
  return true;
}
