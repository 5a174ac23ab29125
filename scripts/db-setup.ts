/**
 * Opens the database (which applies migrations) and seeds the demo into an empty one.
 * Run with `tsx --conditions=react-server` so server-only modules load outside Next.
 */
import { closeDb, getDb } from "../db/client";
import { DEMO_ORGANISER_EMAIL, seedDemo } from "../db/seed";
import { syncAdminsFromConfig } from "../lib/auth/admins";
import { config } from "../lib/config";

getDb();
const seeded = process.env.PICKET_SKIP_SEED === "1" ? false : seedDemo();
syncAdminsFromConfig();
console.log(`[picket] database ready at ${config().databasePath}${seeded ? " (demo campaign seeded)" : ""}`);
if (seeded) console.log(`[picket] demo organiser: ${DEMO_ORGANISER_EMAIL} (sign in at /en/organise; the link arrives in the local mailbox)`);
closeDb();
