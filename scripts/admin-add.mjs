// Runs scripts/admin-add.ts with the same environment the server uses (.env, .env.local).
import { runTsScript } from "./lib.mjs";

runTsScript("scripts/admin-add.ts");
