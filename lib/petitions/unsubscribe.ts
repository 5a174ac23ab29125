/** Leaving a campaign's mailing: verified by the signed token alone (no cookie, no session). */
import "server-only";
import { optOutOfCampaign } from "@/db/queries/signatures";
import { readUnsubscribeToken } from "@/lib/security/unsubscribe";

export function unsubscribe(token: unknown): boolean {
  const parsed = readUnsubscribeToken(token);
  if (!parsed) return false;
  optOutOfCampaign(parsed.campaignId, parsed.emailFingerprint);
  return true;
}
