/** `npm run admin:add -- someone@example.org`: makes (or creates) that person an instance admin. */
import { closeDb } from "../db/client";
import { addAdmin } from "../lib/auth/admins";

const emails = process.argv.slice(2).filter((a) => a !== "--");
if (emails.length === 0) {
  console.error("Usage: npm run admin:add -- someone@example.org [another@example.org]");
  process.exit(2);
}
try {
  for (const email of emails) console.log(`[picket] ${addAdmin(email).email} is an instance admin`);
} catch (err) {
  console.error(`[picket] ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  closeDb();
}
