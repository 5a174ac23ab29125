/** Petitions and their confirmed-signature counters. */
import "server-only";
import { and, asc, eq, inArray, sql, sum } from "drizzle-orm";
import { campaignSummary } from "./selections";
import { getDb, type DbOrTx } from "../client";
import { prepared } from "../prepared";
import { campaigns, petitions, type NewPetition } from "../schema";

const PUBLIC_STATUSES = ["open", "closed", "won"] as const;

/** A petition the public may see (not a draft), with its campaign's slug and title. */
const publicPetitionBySlug = prepared((db) =>
  db
    .select({
      petition: petitions,
      campaign: {
        id: campaigns.id,
        slug: campaigns.slug,
        title: campaigns.title,
      },
    })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .where(and(eq(petitions.slug, sql.placeholder("slug")), inArray(petitions.status, PUBLIC_STATUSES), eq(campaigns.status, "live")))
    .prepare(),
);

export function getPublicPetitionBySlug(slug: string) {
  return publicPetitionBySlug().get({ slug });
}

export function listPublicPetitionsForCampaign(campaignId: number) {
  return getDb()
    .select()
    .from(petitions)
    .where(and(eq(petitions.campaignId, campaignId), inArray(petitions.status, PUBLIC_STATUSES)))
    .orderBy(sql`${petitions.isUrgent} desc`, asc(petitions.deadline), asc(petitions.id))
    .all();
}

/** Open urgent actions on live campaigns, soonest deadline first. */
export function listOpenUrgentActions() {
  return getDb()
    .select({
      petition: petitions,
      campaign: { slug: campaigns.slug, title: campaigns.title },
    })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .where(and(eq(petitions.isUrgent, true), eq(petitions.status, "open"), eq(campaigns.status, "live")))
    .orderBy(sql`${petitions.deadline} is null`, asc(petitions.deadline))
    .all();
}

export function totalConfirmedSignatures(): number {
  const row = getDb()
    .select({ total: sum(petitions.signatureCount) })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .where(and(inArray(petitions.status, PUBLIC_STATUSES), eq(campaigns.status, "live")))
    .get();
  return Number(row?.total ?? 0);
}

export function incrementSignatureCount(db: DbOrTx, petitionId: number, by: number): void {
  db.update(petitions)
    .set({ signatureCount: sql`${petitions.signatureCount} + ${by}` })
    .where(eq(petitions.id, petitionId))
    .run();
}

export function insertPetition(db: DbOrTx, values: NewPetition) {
  return db.insert(petitions).values(values).returning().get();
}

export function getPetitionById(id: number) {
  return getDb().select().from(petitions).where(eq(petitions.id, id)).get();
}

export function getPetitionIdBySlug(db: DbOrTx, slug: string) {
  return db.select({ id: petitions.id }).from(petitions).where(eq(petitions.slug, slug)).get();
}

export function updatePetition(db: DbOrTx, id: number, values: Partial<NewPetition>) {
  return db.update(petitions).set(values).where(eq(petitions.id, id)).returning().get();
}

/** Every petition of a campaign, drafts included, for its organisers. */
export function listPetitionsForCampaign(campaignId: number) {
  return getDb().select().from(petitions).where(eq(petitions.campaignId, campaignId)).orderBy(asc(petitions.id)).all();
}

/** After a confirmation: if the petition raises its goal automatically and reached it, raise it. */
export function raiseGoalIfReached(db: DbOrTx, petitionId: number, next: (count: number) => number): void {
  const row = db
    .select({
      goal: petitions.goal,
      count: petitions.signatureCount,
      auto: petitions.autoRaiseGoal,
    })
    .from(petitions)
    .where(eq(petitions.id, petitionId))
    .get();
  if (row?.auto && row.count >= row.goal) {
    db.update(petitions)
      .set({ goal: next(row.count) })
      .where(eq(petitions.id, petitionId))
      .run();
  }
}

/** A petition by its slug whatever its and its campaign's status: only for a member's draft preview (lib/organise/draft-preview.ts). */
export function getPetitionBySlugAnyStatus(slug: string) {
  return getDb()
    .select({ petition: petitions, campaign: campaignSummary })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .where(eq(petitions.slug, slug))
    .get();
}
