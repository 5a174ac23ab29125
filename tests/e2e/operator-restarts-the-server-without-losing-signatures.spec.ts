/**
 * The server process itself, started from scripts/server.mjs on its own port and database:
 * SIGTERM finishes in-flight requests and exits within 10 seconds; the client address behind the
 * keyed IP hash comes from the socket, or from X-Forwarded-For only as far as TRUSTED_PROXY_HOPS says.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import RAISED_LIMITS from "../../scripts/raised-limits.json";

// Offset from the main e2e port, so two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 90;
const base = `http://127.0.0.1:${PORT}`;
const dir = path.join(process.cwd(), "data", "e2e-lifecycle");
const SLUG = "free-the-land-protesters";

function startServer(extraEnv: Record<string, string> = {}, { setup = true } = {}): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    HOSTNAME: "127.0.0.1",
    APP_URL: base,
    DATABASE_URL: `file:${path.join(dir, "picket.db")}`,
    MAILBOX_TOKEN_FILE: path.join(dir, "mailbox.token"),
    UPLOADS_DIR: path.join(dir, "uploads"),
    PICKET_SECRET: "lifecycle-secret-lifecycle-secret-0123456789",
    AUTH_SECRET: "lifecycle-auth-secret-lifecycle-auth-0123456789",
    AUTH_TRUST_HOST: "true",
    MAIL_DISPATCH_INTERVAL_MS: "200",
    RESEND_API_KEY: "",
    SMTP_URL: "",
    // Every request comes from this one address: the abuse limits would flag or refuse nearly all.
    ...RAISED_LIMITS,
    ...extraEnv,
  };
  if (setup) {
    expect(spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], { env, stdio: "ignore" }).status).toBe(0);
  }
  return spawn(process.execPath, ["scripts/server.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
}

async function ready() {
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
}

function sign(email: string, forwardedFor?: string) {
  return fetch(`${base}/api/petitions/${SLUG}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, ...(forwardedFor ? { "x-forwarded-for": forwardedFor, "x-picket-client-address": "6.6.6.6" } : {}) },
    body: JSON.stringify({ name: "Lifecycle Tester", email, country: "SE", nameDisplay: "first_country" }),
  });
}

function ipHashes(emails: string[]): (string | null)[] {
  const db = new Database(path.join(dir, "picket.db"), { readonly: true });
  try {
    return emails.map((e) => (db.prepare("select ip_hash from signatures where email = ?").get(e) as { ip_hash: string | null }).ip_hash);
  } finally {
    db.close();
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

test.describe.configure({ mode: "serial" });
test.beforeEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
});

/** One signature over a fresh connection, noting when the answer came. */
function signOnce(email: string): Promise<{ answeredAt?: number; status?: number; error?: string }> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ name: "Lifecycle Tester", email, country: "SE", nameDisplay: "first_country" });
    const req = http.request(`${base}/api/petitions/${SLUG}/signatures`, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", origin: base, "content-length": Buffer.byteLength(body) },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ answeredAt: Date.now(), status: res.statusCode }));
    });
    req.on("error", (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    req.end(body);
  });
}

test("SIGTERM: requests in flight are answered and stored, then the process exits cleanly within 10 seconds", async () => {
  test.setTimeout(120_000);
  const server = startServer();
  const exit = exited(server);
  await ready();

  // Eight clients sign without pause until the server stops accepting them.
  let n = 0;
  let stopped = false;
  const outcomes: Awaited<ReturnType<typeof signOnce>>[] = [];
  const clients = Array.from({ length: 8 }, async () => {
    while (!stopped) {
      const outcome = await signOnce(`sigterm-${n++}@example.org`);
      outcomes.push(outcome);
      if (outcome.error) stopped = true;
    }
  });
  await new Promise((r) => setTimeout(r, 1500));
  const signalled = Date.now();
  server.kill("SIGTERM");
  const code = await exit;
  const tookMs = Date.now() - signalled;
  stopped = true;
  await Promise.all(clients);

  expect(code).toBe(0);
  expect(tookMs).toBeLessThan(10_000);
  // Requests were in flight when the signal came, and they were answered.
  expect(outcomes.filter((o) => o.answeredAt && o.answeredAt > signalled).length).toBeGreaterThan(0);
  // Each request got a 202 or, once the server stopped taking requests, a refused or reset connection
  // (connections still waiting in the kernel's backlog never reached the app): never an error answer.
  expect(outcomes.filter((o) => (o.status !== undefined && o.status !== 202) || (o.error && !["ECONNREFUSED", "ECONNRESET"].includes(o.error)))).toEqual([]);
  // Every request the app took in was answered: what is stored is exactly what was acknowledged,
  // each with its confirmation email, in a sound database.
  const acknowledged = outcomes.filter((o) => o.status === 202).length;
  const db = new Database(path.join(dir, "picket.db"), { readonly: true });
  const stored = (db.prepare("select count(*) as n from signatures where email like 'sigterm-%'").get() as { n: number }).n;
  const outbox = (db.prepare("select count(*) as n from outbox where recipient like 'sigterm-%'").get() as { n: number }).n;
  expect((db.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check).toBe("ok");
  db.close();
  expect(stored).toBe(acknowledged);
  expect(outbox).toBe(stored);
  await expect(fetch(`${base}/api/health`)).rejects.toThrow();
});

test("the IP hash comes from the socket: a forged X-Forwarded-For or internal header changes nothing", async () => {
  const server = startServer();
  const exit = exited(server);
  await ready();
  for (const [email, xff] of [["direct-a@example.org", "198.51.100.1"], ["direct-b@example.org", "198.51.100.2"], ["direct-c@example.org", undefined]] as const) {
    expect((await sign(email, xff)).status).toBe(202);
  }
  const [a, b, c] = ipHashes(["direct-a@example.org", "direct-b@example.org", "direct-c@example.org"]);
  expect(a).toBeTruthy();
  expect(b).toBe(a);
  expect(c).toBe(a);
  server.kill("SIGTERM");
  expect(await exit).toBe(0);
});

test("behind TRUSTED_PROXY_HOPS=1 the right-most X-Forwarded-For entry is the client", async () => {
  const server = startServer({ TRUSTED_PROXY_HOPS: "1" });
  const exit = exited(server);
  await ready();
  expect((await sign("proxied-a@example.org", "6.6.6.6, 198.51.100.1")).status).toBe(202);
  expect((await sign("proxied-b@example.org", "7.7.7.7, 198.51.100.1")).status).toBe(202);
  expect((await sign("proxied-c@example.org", "6.6.6.6, 198.51.100.2")).status).toBe(202);
  const [a, b, c] = ipHashes(["proxied-a@example.org", "proxied-b@example.org", "proxied-c@example.org"]);
  expect(b).toBe(a); // what the client prepended does not matter
  expect(c).not.toBe(a); // what the trusted proxy saw does
  server.kill("SIGTERM");
  expect(await exit).toBe(0);
});

// The full run (200 signatures a second for 20 seconds) with PICKET_FULL_LOAD_TESTS=1; CI runs 5 seconds.
const KILL_LOAD_SECONDS = process.env.PICKET_FULL_LOAD_TESTS === "1" ? 20 : 5;
const KILL_LOAD_RATE = 200;

test("SIGKILL under signing load: every acknowledged signature survives with exactly one outbox row", async () => {
  test.setTimeout(180_000);
  let server = startServer();
  await ready();

  // A fixed-rate load from this process: one new request every 5 ms, whatever the server is doing.
  const outcomes: { email: string; status?: number; error?: string }[] = [];
  const pending: Promise<void>[] = [];
  const total = KILL_LOAD_SECONDS * KILL_LOAD_RATE;
  let killed = false;
  for (let i = 0; i < total; i++) {
    const email = `killed-${i}@example.org`;
    pending.push(signOnce(email).then((o) => void outcomes.push({ email, ...o })));
    if (!killed && i === Math.floor(total / 2)) {
      server.kill("SIGKILL");
      await exited(server);
      killed = true;
      server = startServer({}, { setup: false }); // as a supervisor would; migrations run on open
    }
    await new Promise((r) => setTimeout(r, 1000 / KILL_LOAD_RATE));
  }
  await Promise.all(pending);
  await ready();

  const acknowledged = outcomes.filter((o) => o.status === 202).map((o) => o.email);
  expect(acknowledged.length).toBeGreaterThan(total / 4);
  // Nothing but acknowledgements and refused/cut connections while the server was down or starting.
  expect(outcomes.filter((o) => o.status !== undefined && o.status !== 202)).toEqual([]);

  const db = new Database(path.join(dir, "picket.db"), { readonly: true });
  try {
    expect((db.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check).toBe("ok");
    const rows = db
      .prepare(
        `select s.email, (select count(*) from outbox o where o.recipient = s.email) as emails
         from signatures s where s.email like 'killed-%'`,
      )
      .all() as { email: string; emails: number }[];
    const stored = new Map(rows.map((r) => [r.email, r.emails]));
    expect(acknowledged.filter((email) => !stored.has(email))).toEqual([]);
    expect(rows.filter((r) => r.emails !== 1)).toEqual([]);
  } finally {
    db.close();
    server.kill("SIGTERM");
    await exited(server);
  }
});
