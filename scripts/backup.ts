/** `npm run backup [-- file]` and `npm run restore -- file`: see lib/ops/backup.ts. */
import { closeDb } from "../db/client";
import { backupDatabase, restoreDatabase } from "../lib/ops/backup";

const [command, file] = process.argv.slice(2).filter((a) => a !== "--");
try {
  if (command === "backup") {
    console.log(`[picket] backup written to ${backupDatabase(file)}`);
  } else if (command === "restore" && file) {
    restoreDatabase(file);
    console.log(`[picket] database restored from ${file}; start Picket again.`);
  } else {
    console.error("Usage: npm run backup [-- path/to/backup.db]  |  npm run restore -- path/to/backup.db (with Picket stopped)");
    process.exitCode = 2;
  }
} catch (err) {
  console.error(`[picket] ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  closeDb();
}
