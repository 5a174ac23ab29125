// The bench's command line (see run.mjs) and the constants every scenario shares.
import path from "node:path";
import { root } from "../scripts/lib.mjs";

const args = process.argv.slice(2);
export const smoke = args.includes("--smoke");
export const runs = smoke ? 1 : Number(args[args.indexOf("--runs") + 1]) || 3;
export const SCENARIOS = ["sign-json", "sign-form", "durability", "petition-page-under-signing", "petition-api-under-signing", "confirm", "count-freshness-ms", "scale-bytes-per-signature", "scale-petition-page-p50", "export", "petition-page-js", "petition-page-lighthouse", "email-drain"];
export const only = args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "").split(",") : SCENARIOS;
for (const name of only) if (!SCENARIOS.includes(name)) throw new Error(`--only: no scenario ${name} (there are ${SCENARIOS.join(", ")})`);
export const wants = (...names) => names.some((name) => only.includes(name));
// Confirming and the freshness probe use the pending signatures the signing loads leave.
export const SIGNING = ["sign-json", "sign-form", "durability", "confirm", "count-freshness-ms"];
export const DURATION = smoke ? 1 : 5; // seconds per load
export const EXPORT_ROWS = smoke ? 2_000 : 1_000_000;
export const CONNECTIONS = smoke ? [10] : [50, 200];
export const PICKET_PORT = 3200;
export const BASELINE_PORT = 3201;
export const dir = path.join(root, "data", "bench");
export const SLUG = "free-the-land-protesters";
// Pages are fetched as a browser does (compressed). The scale comparison renders every time: a cookie
// the page cache does not know sends the request past it, to Next and the database.
export const BROWSER = { "accept-encoding": "gzip, deflate, br" };
export const RENDER = { ...BROWSER, cookie: "bench=render" };
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
