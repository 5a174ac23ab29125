/** Who receives a campaign's news (opted-in, confirmed signers), and the one-click opt-out. */
import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
import { petitions, signatures } from "../schema";

/** One row per opted-in, confirmed signer of a campaign (or of one petition), newest signature winning. */
export function listUpdateRecipients(opts: { campaignId: number; petitionId?: number }) {
  const rows = getDb()
    .select({
      email: signatures.email,
      name: signatures.name,
      locale: signatures.locale,
      emailFingerprint: signatures.emailFingerprint,
    })
    .from(signatures)
    .innerJoin(petitions, eq(petitions.id, signatures.petitionId))
    .where(
      and(
        eq(petitions.campaignId, opts.campaignId),
        opts.petitionId ? eq(signatures.petitionId, opts.petitionId) : undefined,
        eq(signatures.status, "confirmed"),
        eq(signatures.optInUpdates, true),
      ),
    )
    .orderBy(desc(signatures.id))
    .all();
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.emailFingerprint) ? false : (seen.add(r.emailFingerprint), true)));
}

/** Opts a signer out of a campaign's updates, on every petition of it; returns rows changed. */
export function optOutOfCampaign(campaignId: number, emailFingerprint: string): number {
  const ids = getDb().select({ id: petitions.id }).from(petitions).where(eq(petitions.campaignId, campaignId)).all();
  if (ids.length === 0) return 0;
  return getDb()
    .update(signatures)
    .set({ optInUpdates: false })
    .where(
      and(
        eq(signatures.emailFingerprint, emailFingerprint),
        inArray(
          signatures.petitionId,
          ids.map((r) => r.id),
        ),
      ),
    )
    .run().changes;
}
