// Runs scripts/backup.ts (backup or restore) with the environment the server uses.
import { runTsScript } from "./lib.mjs";

runTsScript("scripts/backup.ts");
