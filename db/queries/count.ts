/** Synchronous row counts (Drizzle's $count is awaitable only), and one page of a table's rows with the total. */
import "server-only";
import { count, desc, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "../client";

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
