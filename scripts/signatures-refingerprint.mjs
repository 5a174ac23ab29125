// Runs scripts/signatures-refingerprint.ts with the same environment the server uses (.env, .env.local).
import { runTsScript } from "./lib.mjs";

runTsScript("scripts/signatures-refingerprint.ts");
