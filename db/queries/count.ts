/** Synchronous row counts (Drizzle's $count is awaitable only), pages of rows with their total, and a campaign's row by id. */
import "server-only";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb, type DbOrTx } from "../client";

export function countRows(db: DbOrTx, table: SQLiteTable, where?: SQL): number {
  return db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
}

/** Whole rows of `table` matching `where`, newest first by `newest` then by id, `limit` from `offset`, and how many match in all. */
export function pageOfRows<T extends SQLiteTable & { id: SQLiteColumn }>(
  db: DbOrTx,
  table: T,
  where: SQL | undefined,
  newest: SQLiteColumn,
  page: { limit: number; offset: number },
): { items: T["$inferSelect"][]; total: number } {
  const items = db
    .select()
    .from(table as SQLiteTable)
    .where(where)
    .orderBy(desc(newest), desc(table.id))
    .limit(page.limit)
    .offset(page.offset)
    .all() as T["$inferSelect"][];
  return { items, total: countRows(db, table, where) };
}

/** A select's rows, `limit` from `offset`, and how many rows of `table` match `where` in all. */
export function pageWithTotal<R>(
  db: DbOrTx,
  query: { limit(n: number): { offset(n: number): { all(): R[] } } },
  counted: { table: SQLiteTable; where: SQL | undefined },
  page: { limit: number; offset: number },
): { items: R[]; total: number } {
  return { items: query.limit(page.limit).offset(page.offset).all(), total: countRows(db, counted.table, counted.where) };
}

/** The row `id` of `table`, only if it belongs to `campaignId` (an id from another campaign finds nothing). */
export function rowOfCampaign<T extends SQLiteTable & { id: SQLiteColumn; campaignId: SQLiteColumn }>(
  table: T,
  campaignId: number,
  id: number,
  db: DbOrTx = getDb(),
): T["$inferSelect"] | undefined {
  return db
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.campaignId, campaignId), eq(table.id, id)))
    .get() as T["$inferSelect"] | undefined;
}
