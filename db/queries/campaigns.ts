/** Campaigns: what the public site reads about them. */
import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { countRows, pageWithTotal } from "./count";
import { getDb, type DbOrTx } from "../client";
import { campaigns, users, type NewCampaign } from "../schema";

export function listLiveCampaigns(opts: { limit: number; offset: number }) {
  const db = getDb();
  const where = eq(campaigns.status, "live");
  const items = db.select().from(campaigns).where(where).orderBy(desc(campaigns.createdAt)).limit(opts.limit).offset(opts.offset).all();
  return { items, total: countRows(db, campaigns, where) };
}

export function getLiveCampaignBySlug(slug: string) {
  return getDb()
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), eq(campaigns.status, "live")))
    .get();
}

export function getCampaignById(id: number) {
  return getDb().select().from(campaigns).where(eq(campaigns.id, id)).get();
}

export function countCampaigns(db: DbOrTx = getDb()): number {
  return countRows(db, campaigns);
}

export function insertCampaign(db: DbOrTx, values: NewCampaign) {
  return db.insert(campaigns).values(values).returning().get();
}

export function getCampaignBySlug(db: DbOrTx, slug: string) {
  return db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug)).get();
}

export function updateCampaign(db: DbOrTx, id: number, values: Partial<NewCampaign>) {
  return db.update(campaigns).set(values).where(eq(campaigns.id, id)).returning().get();
}

/** Any campaign by its slug, whatever its status: only for a member's draft preview (lib/organise/draft-preview.ts). */
export function getCampaignBySlugAnyStatus(slug: string) {
  return getDb().select().from(campaigns).where(eq(campaigns.slug, slug)).get();
}

/** Campaigns awaiting an instance admin's approval, oldest submission first, with who submitted them. */
export function listCampaignsAwaitingApproval(opts: { limit: number; offset: number }) {
  const db = getDb();
  const where = eq(campaigns.status, "submitted");
  const query = db
    .select({ campaign: campaigns, submitterEmail: users.email })
    .from(campaigns)
    .leftJoin(users, eq(users.id, campaigns.submittedBy))
    .where(where)
    .orderBy(asc(campaigns.submittedAt), asc(campaigns.id));
  return pageWithTotal(db, query, { table: campaigns, where }, opts);
}
