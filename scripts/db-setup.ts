/**
 * Opens the database (which applies migrations) and seeds the demo into an empty one.
 * Run with `tsx --conditions=react-server` so server-only modules load outside Next.
 */
import { closeDb, getDb } from "../db/client";
import { seedDemo } from "../db/seed";
import { config } from "../lib/config";

getDb();
const seeded = process.env.PICKET_SKIP_SEED === "1" ? false : seedDemo();
console.log(`[picket] database ready at ${config().databasePath}${seeded ? " (demo campaign seeded)" : ""}`);
closeDb();
