/**
 * Every table Picket stores, with the row types inferred from them, split by aggregate.
 * Columns use portable types (text, integer) so a PostgreSQL schema can mirror this one.
 * Import from "@/db/schema"; drizzle-kit reads this folder (drizzle.config.ts).
 */
export * from "./campaigns";
export * from "./petitions";
export * from "./mail";
export * from "./security";
export * from "./auth";
export * from "./letters";
export * from "./submissions";
