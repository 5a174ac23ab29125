// `npm run bench`: builds Picket, starts it on a fresh database next to a minimal baseline server,
// runs the load scenarios against 127.0.0.1 only (bounded in time and count), prints one table and
// writes bench/results/<date>.json. `--smoke` runs a short version that checks the suite works and
// that every acknowledged signature was stored (npm test runs it). `--runs N` repeats each load.
// `--only export,sign-form` runs just those scenarios and what they need, and writes no results file.
// This file is the runner; the options are in options.mjs, the scenarios in scenarios/*.mjs.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { appEnvironment, ensureBuild, ensureDependencies, log, root, setupDatabase } from "../scripts/lib.mjs";
import { fakeProvider } from "./fake-provider.mjs";
import { load, nextClientAddress, signerJson } from "./load.mjs";
import { BASELINE_PORT, DURATION, EXPORT_ROWS, PICKET_PORT, RENDER, SCENARIOS, SIGNING, SLUG, dir, only, runs, sleep, smoke, wants } from "./options.mjs";
import { start, stop, waitFor } from "./processes.mjs";
import { confirming } from "./scenarios/confirm.mjs";
import { drain } from "./scenarios/email-drain.mjs";
import { lighthouseScenario, pageJavaScript } from "./scenarios/front-end.mjs";
import { scale } from "./scenarios/scale.mjs";
import { readsUnderSigning, signing } from "./scenarios/signing.mjs";

async function main() {
  ensureDependencies();
  const env = appEnvironment({ NEXT_TELEMETRY_DISABLED: "1" });
  ensureBuild(env);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const dbFile = path.join(dir, "picket.db");
  // Confirmation emails go to a stand-in for Resend with Resend's limits (2 requests/s, 100 emails a
  // call), as in production: during a spike the dispatcher sends at the provider's pace and the
  // outbox holds the rest, so sending costs what it would cost then.
  const provider = await fakeProvider();
  const picketEnv = {
    ...env,
    RESEND_API_KEY: "re_bench",
    RESEND_BASE_URL: provider.url,
    RESEND_REQUESTS_PER_SECOND: "2",
    NODE_ENV: "production",
    PORT: String(PICKET_PORT),
    APP_URL: `http://127.0.0.1:${PICKET_PORT}`,
    DATABASE_URL: `file:${dbFile}`,
    MAILBOX_TOKEN_FILE: path.join(dir, "mailbox.token"),
    PICKET_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    AUTH_SECRET: "bench-auth-secret-bench-auth-secret-012345",
    AUTH_TRUST_HOST: "true",
    TRUSTED_PROXY_HOPS: "1",
  };
  delete picketEnv.SMTP_URL;
  setupDatabase(picketEnv, { stdio: "ignore" });
  const picket = start(process.execPath, [path.join(root, "scripts", "server.mjs")], { ...picketEnv, HOSTNAME: "127.0.0.1" });
  const baseline = start(process.execPath, [path.join(root, "bench", "baseline-server.mjs"), String(BASELINE_PORT), path.join(dir, "baseline.db")], env);
  const base = `http://127.0.0.1:${PICKET_PORT}`;
  await waitFor(`${base}/api/health`);
  await waitFor(`http://127.0.0.1:${BASELINE_PORT}/`);
  const db = new Database(dbFile);
  db.pragma("busy_timeout = 10000");
  const results = { date: new Date().toISOString(), machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, smoke, runs, durationSeconds: DURATION, scenarios: {} };
  const record = (name, value) => {
    results.scenarios[name] = value;
    log(`${name}: ${JSON.stringify(value)}`);
  };
  const petitionId = db.prepare("select id from petitions where slug = ?").get(SLUG).id;

  // Warm-up, not measured: the first requests load code, prepare statements and start the mail dispatcher.
  for (let i = 0; i < 20; i++) {
    await fetch(`${base}/api/petitions/${SLUG}/signatures`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": nextClientAddress() },
      body: signerJson("warmup")(),
    });
    await fetch(`${base}/en/petitions/${SLUG}`, { headers: RENDER });
    await fetch(`${base}/en/petitions/${SLUG}`);
  }
  await sleep(2000);

  // Petition page on an empty(ish) database, for the scale comparison.
  const emptyPage = [];
  if (wants("scale-petition-page-p50")) for (let r = 0; r < runs; r++) emptyPage.push((await load({ url: `${base}/en/petitions/${SLUG}`, connections: 10, headers: RENDER })).latency.p50);

  const ctx = { base, db, dbFile, picket, provider, petitionId, emptyPage, results, record };

  if (wants(...SIGNING)) await signing(ctx);
  await readsUnderSigning(ctx);
  if (wants("confirm", "count-freshness-ms")) await confirming(ctx);
  if (wants("scale-bytes-per-signature", "scale-petition-page-p50", "export")) await scale(ctx);
  // Front end: the JavaScript a phone downloads for the petition page, and Lighthouse on it.
  if (wants("petition-page-js")) record("petition-page-js", await pageJavaScript(`${base}/en/petitions/${SLUG}`));
  if (wants("petition-page-lighthouse")) record("petition-page-lighthouse", await lighthouseScenario(`${base}/en/petitions/${SLUG}`, runs));

  stop(picket);
  stop(baseline);
  provider.close();
  db.close();

  // 6: draining queued confirmations through a provider that allows 2 requests per second.
  if (wants("email-drain")) record("email-drain", await drain(picketEnv, smoke ? 300 : 10_000));
  const table = Object.entries(results.scenarios).map(([name, v]) => ({ scenario: name, result: JSON.stringify(v) }));
  console.table(table);
  const out = path.join(root, "bench", "results", `${results.date.slice(0, 19).replaceAll(":", "-")}${smoke ? "-smoke" : ""}.json`);
  if (!smoke && only === SCENARIOS) {
    fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    log(`results written to ${path.relative(root, out)}`);
  }
  const drained = results.scenarios["email-drain"];
  const healthy =
    (!wants(...SIGNING) || results.scenarios.durability.ok) &&
    (!wants("export") || (results.scenarios.export.status === 200 && results.scenarios.export.rows === EXPORT_ROWS)) &&
    (!wants("confirm", "count-freshness-ms") || results.scenarios.confirm.counterMatchesRows) &&
    (!wants("email-drain") || (drained.left === 0 && drained.duplicates === 0));
  console.log(`bench: ${healthy ? 1 : 0} passed, ${healthy ? 0 : 1} failed`);
  process.exit(healthy ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
