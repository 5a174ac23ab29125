/**
 * Column builders more than one table shares. Each call makes fresh column objects, so a table may
 * spread them in; the names in the database stay exactly the ones written here.
 */
import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

/** When the row was written, in milliseconds, filled in by the database. */
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
