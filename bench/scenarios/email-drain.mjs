// Scenario 6 (email-drain): queued confirmations drained through a provider that allows 2 requests per second.
import path from "node:path";
import Database from "better-sqlite3";
import { root, setupDatabase } from "../../scripts/lib.mjs";
import { fakeProvider } from "../fake-provider.mjs";
import { dir, sleep, smoke } from "../options.mjs";
import { start, stop } from "../processes.mjs";

export async function drain(baseEnv, count) {
  const provider = await fakeProvider();
  const file = path.join(dir, "drain.db");
  const env = { ...baseEnv, DATABASE_URL: `file:${file}`, PORT: "3202", RESEND_API_KEY: "re_bench", RESEND_BASE_URL: provider.url, RESEND_REQUESTS_PER_SECOND: "2" };
  setupDatabase(env, { stdio: "ignore" });
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  const insert = db.prepare("insert into outbox (template, recipient, locale, payload, status, attempts, next_attempt_at, created_at) values ('confirm-signature', ?, 'en', ?, 'pending', 0, ?, ?)");
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const now = Date.now();
      insert.run(`drain${i}@bench.example`, JSON.stringify({ locale: "en", name: `Signer ${i}`, petitionTitle: "Free them", confirmUrl: `http://127.0.0.1/en/confirm/${String(i).padStart(43, "x")}` }), now, now);
    }
  })();
  const started = Date.now();
  const server = start(process.execPath, [path.join(root, "scripts", "server.mjs")], { ...env, HOSTNAME: "127.0.0.1" });
  const pending = db.prepare("select count(*) as n from outbox where status != 'sent'");
  while (Date.now() - started < (smoke ? 60_000 : 300_000) && pending.get().n > 0) await sleep(200);
  const seconds = (Date.now() - started) / 1000;
  const left = pending.get().n;
  stop(server);
  db.close();
  provider.close();
  return {
    emails: count,
    seconds: +seconds.toFixed(1),
    left,
    providerCalls: provider.stats.calls,
    rejected429: provider.stats.rejected429,
    duplicates: provider.stats.duplicates,
    idealSeconds: Math.ceil(count / 100) / 2,
  };
}
