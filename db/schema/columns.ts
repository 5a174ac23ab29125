/**
 * Column builders more than one table shares. Each call makes fresh column objects, so a table may
 * spread them in; the names in the database stay exactly the ones written here.
 */
import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, integer } from "drizzle-orm/sqlite-core";

/** The row's own number, counted up by the database. */
export const serialId = () => integer("id").primaryKey({ autoIncrement: true });

/** A required link to the row this one belongs to, deleted with it: `belongsTo("campaign_id", () => campaigns.id)`. */
export const belongsTo = (name: string, parent: () => AnySQLiteColumn) => integer(name).notNull().references(parent, { onDelete: "cascade" });

/** When the row was written, in milliseconds, filled in by the database. */
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
