/** Campaign news updates, newest first. */
import "server-only";
import { and, eq, lte } from "drizzle-orm";
import { pageOfRows } from "./count";
import { getDb, type DbOrTx } from "../client";
import { newsUpdates, type NewNewsUpdate } from "../schema";

export function listPublishedNews(campaignId: number, opts: { page: number; pageSize: number; now: Date }) {
  const where = and(eq(newsUpdates.campaignId, campaignId), lte(newsUpdates.publishedAt, opts.now));
  return pageOfRows(getDb(), newsUpdates, where, newsUpdates.publishedAt, { limit: opts.pageSize, offset: (opts.page - 1) * opts.pageSize });
}

export function insertNewsUpdate(db: DbOrTx, values: NewNewsUpdate) {
  return db.insert(newsUpdates).values(values).returning().get();
}

export function markNewsEmailed(db: DbOrTx, id: number, at: Date) {
  db.update(newsUpdates).set({ emailedAt: at }).where(eq(newsUpdates.id, id)).run();
}

export function listNewsForCampaign(campaignId: number, opts: { limit: number; offset: number }) {
  return pageOfRows(getDb(), newsUpdates, eq(newsUpdates.campaignId, campaignId), newsUpdates.publishedAt, opts);
}
