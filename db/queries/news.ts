/** Campaign news updates, newest first. */
import "server-only";
import { and, desc, eq, lte } from "drizzle-orm";
import { countRows } from "./count";
import { getDb, type DbOrTx } from "../client";
import { newsUpdates, type NewNewsUpdate } from "../schema";

export function listPublishedNews(campaignId: number, opts: { page: number; pageSize: number; now: Date }) {
  const where = and(eq(newsUpdates.campaignId, campaignId), lte(newsUpdates.publishedAt, opts.now));
  const db = getDb();
  const total = countRows(db, newsUpdates, where);
  const items = db
    .select()
    .from(newsUpdates)
    .where(where)
    .orderBy(desc(newsUpdates.publishedAt), desc(newsUpdates.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all();
  return { items, total };
}

export function insertNewsUpdate(db: DbOrTx, values: NewNewsUpdate) {
  return db.insert(newsUpdates).values(values).returning().get();
}

export function markNewsEmailed(db: DbOrTx, id: number, at: Date) {
  db.update(newsUpdates).set({ emailedAt: at }).where(eq(newsUpdates.id, id)).run();
}

export function listNewsForCampaign(campaignId: number, opts: { limit: number; offset: number }) {
  const db = getDb();
  const where = eq(newsUpdates.campaignId, campaignId);
  const items = db.select().from(newsUpdates).where(where).orderBy(desc(newsUpdates.publishedAt), desc(newsUpdates.id)).limit(opts.limit).offset(opts.offset).all();
  return { items, total: countRows(db, newsUpdates, where) };
}
