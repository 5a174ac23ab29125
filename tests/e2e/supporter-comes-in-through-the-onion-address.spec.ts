/**
 * PICKET_ALTERNATE_ORIGINS (an .onion address, in real life): a server of its own, on its own port and
 * database, with APP_URL http://localhost:<port> and the alternate http://127.0.0.1:<port>. A request on
 * either gets links on that same origin (sign-in and confirmation emails, the copy-link box, Auth.js's
 * redirects), organiser sign-in works end to end on the alternate, and a third origin is refused.
 */
import { randomUUID } from "node:crypto";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import RAISED_LIMITS from "../../scripts/raised-limits.json";
import { hiddenActionFields, MULTIPART, multipart } from "./raw-http";

// Offset from the main e2e port (the abuse and lifecycle servers use +55 and +90).
const PORT = Number(process.env.E2E_PORT ?? 3100) + 20;
const APP = `http://localhost:${PORT}`;
const ALTERNATE = `http://127.0.0.1:${PORT}`;
const THIRD = `http://third.example:${PORT}`;
const dir = path.join(process.cwd(), "data", "e2e-alternate");
const SLUG = "free-the-land-protesters";
const ORGANISER = "alt-organiser@example.org";

let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    HOSTNAME: "127.0.0.1",
    APP_URL: APP,
    PICKET_ALTERNATE_ORIGINS: ALTERNATE,
    DATABASE_URL: `file:${path.join(dir, "picket.db")}`,
    MAILBOX_TOKEN_FILE: path.join(dir, "mailbox.token"),
    UPLOADS_DIR: path.join(dir, "uploads"),
    PICKET_SECRET: "alternate-secret-alternate-secret-0123456789",
    AUTH_SECRET: "alternate-auth-secret-alternate-auth-0123456789",
    AUTH_TRUST_HOST: "true",
    MAIL_DISPATCH_INTERVAL_MS: "200",
    RESEND_API_KEY: "",
    SMTP_URL: "",
    ...RAISED_LIMITS,
  };
  expect(spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], { env, stdio: "ignore" }).status).toBe(0);
  const db = new Database(path.join(dir, "picket.db"));
  db.prepare("insert into users (id, email, is_admin, created_at) values (?, ?, 1, ?)").run(randomUUID(), ORGANISER, Date.now());
  db.close();
  server = spawn(process.execPath, ["scripts/server.mjs"], { env, stdio: ["ignore", "ignore", "pipe"] });
  await expect.poll(async () => (await get("/api/health", APP).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  if (!server) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request to the server's socket, naming `origin` as its Host (and, for a POST, its Origin). */
function request(method: string, pathname: string, origin: string, opts: { headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
    const req = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        method,
        path: pathname,
        agent: false,
        headers: { host: new URL(origin).host, ...(body ? { "content-length": String(body.length) } : {}), ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
const get = (pathname: string, origin: string) => request("GET", pathname, origin);

async function mails(to: string, count = 1): Promise<string[]> {
  let texts: string[] = [];
  await expect
    .poll(
      () => {
        const db = new Database(path.join(dir, "picket.db"), { readonly: true });
        try {
          texts = (db.prepare("select text from mailbox_messages where recipient = ? order by id").all(to) as { text: string }[]).map((r) => r.text);
        } finally {
          db.close();
        }
        return texts.length;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return texts;
}

const linkIn = (text: string, marker: string) => /https?:\/\/[^\s]+/g.exec(text.split("\n").find((l) => l.includes(marker)) ?? "")?.[0] ?? "";

test("organiser sign-in works end to end on the alternate origin, with every link on it", async ({ page }) => {
  await page.goto(`${ALTERNATE}/en/organise/sign-in`);
  await page.getByLabel("Email").fill(ORGANISER);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(ALTERNATE);
  const [text] = await mails(ORGANISER);
  const link = linkIn(text, "/organise/sign-in/verify");
  expect(link.startsWith(`${ALTERNATE}/en/organise/sign-in/verify?`), text).toBe(true);
  expect(text).not.toContain(APP);

  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your campaigns" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(ALTERNATE);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(ALTERNATE);
});

test("a signature's confirmation email and the copy-link box use the origin the request came in on", async () => {
  for (const origin of [ALTERNATE, APP]) {
    const email = `alt-signer-${origin.includes("127.0.0.1") ? "onion" : "clear"}@example.org`;
    const signed = await request("POST", `/api/petitions/${SLUG}/signatures`, origin, {
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ name: "Alternate Signer", email, country: "SE", nameDisplay: "first_country" }),
    });
    expect(signed.status, origin).toBe(202);
    const [text] = await mails(email);
    expect(linkIn(text, "/confirm/").startsWith(`${origin}/en/confirm/`), text).toBe(true);
    // The footer's my-data link too: nothing in the email points to the other origin.
    expect(text).toContain(`${origin}/en/my-data`);
    expect(text).not.toContain(origin === APP ? ALTERNATE : APP);
  }
  // The petition page (kept in the micro-cache per origin): asked twice on each, alternately.
  for (let round = 0; round < 2; round++) {
    for (const [origin, other] of [
      [ALTERNATE, APP],
      [APP, ALTERNATE],
    ]) {
      const page = await get(`/en/petitions/${SLUG}`, origin);
      expect(page.status).toBe(200);
      expect(page.body, origin).toContain(`${origin}/en/petitions/${SLUG}`);
      expect(page.body, origin).not.toContain(`${other}/en/petitions/${SLUG}`);
    }
  }
});

test("a third origin is refused: its posts get 403, and links made for it are on APP_URL", async () => {
  const signIn = await get("/en/organise/sign-in", THIRD);
  const body = multipart([...hiddenActionFields(signIn.body, 'name="email"').map(([name, value]) => ({ name, value })), { name: "email", value: ORGANISER }]);
  const before = (await mails(ORGANISER)).length;
  const refused = await request("POST", "/en/organise/sign-in", THIRD, { headers: { origin: THIRD, "content-type": MULTIPART }, body });
  expect(refused.status).toBe(403);
  const api = await request("POST", `/api/petitions/${SLUG}/signatures`, THIRD, {
    headers: { "content-type": "application/json", origin: THIRD },
    body: JSON.stringify({ name: "Third Signer", email: "alt-third@example.org", country: "SE", nameDisplay: "first_country" }),
  });
  expect(api.status).toBe(403);

  // Its Host is not believed for links: the copy-link box and Auth.js's redirects name APP_URL.
  const page = await get(`/en/petitions/${SLUG}`, THIRD);
  expect(page.body).toContain(`${APP}/en/petitions/${SLUG}`);
  expect(page.body).not.toContain("third.example");
  // The site's Origin sent to a third Host is refused as well (Next would answer that with a 500).
  const viaThird = await request("POST", "/en/organise/sign-in", THIRD, { headers: { origin: APP, "content-type": MULTIPART }, body });
  expect(viaThird.status).toBe(403);
  await new Promise((r) => setTimeout(r, 1000));
  for (const text of (await mails(ORGANISER)).slice(before)) expect(text).not.toContain("third.example");
});
