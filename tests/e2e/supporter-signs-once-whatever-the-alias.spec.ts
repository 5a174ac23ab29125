/**
 * One person, one signature; one IPv6 allocation, one connection — on a server of its own with the
 * product's real limits (scripts/server.mjs, own port and database, TRUSTED_PROXY_HOPS=1 so each
 * request chooses its client address): six addresses inside one IPv6 /64 give one pending signature
 * and five flagged; an admin edits an email rule on the admin page (audited, refused when invalid),
 * and a signature by an alias under that rule is counted once and answered with "already signed".
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { sessionTokenHash } from "./db";

// Offset from the main e2e port (abuse uses +55, lifecycle +90).
const PORT = Number(process.env.E2E_PORT ?? 3100) + 70;
const base = `http://127.0.0.1:${PORT}`;
const dir = path.join(process.cwd(), "data", "e2e-identity");
const SLUG = "free-the-land-protesters";
const ADMIN = "organiser@example.org";
const SHOTS = "/tmp/identity";
let server: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(dir, "mailbox.token"), "identity-spec-mailbox-token-identity-spec-token\n", { mode: 0o600 });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    HOSTNAME: "127.0.0.1",
    APP_URL: base,
    DATABASE_URL: `file:${path.join(dir, "picket.db")}`,
    MAILBOX_TOKEN_FILE: path.join(dir, "mailbox.token"),
    UPLOADS_DIR: path.join(dir, "uploads"),
    PICKET_SECRET: "identity-secret-identity-secret-identity-01",
    AUTH_SECRET: "identity-auth-secret-identity-auth-secret-0",
    AUTH_TRUST_HOST: "true",
    MAIL_DISPATCH_INTERVAL_MS: "200",
    TRUSTED_PROXY_HOPS: "1",
    RESEND_API_KEY: "",
    SMTP_URL: "",
  };
  // The real limits: drop any raised ones inherited from the environment.
  for (const key of Object.keys(env)) if (/_LIMIT_/.test(key)) delete env[key];
  expect(spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], { env, stdio: "ignore" }).status).toBe(0);
  server = spawn(process.execPath, ["scripts/server.mjs"], { env, stdio: ["ignore", "ignore", "inherit"] });
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await new Promise((resolve) => server?.once("exit", resolve));
});

function rows(sql: string, ...params: unknown[]) {
  const db = new Database(path.join(dir, "picket.db"), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

async function mails(to: string): Promise<{ subject: string; text: string }[]> {
  const token = fs.readFileSync(path.join(dir, "mailbox.token"), "utf8").trim();
  const res = await fetch(`${base}/api/dev/mailbox?to=${encodeURIComponent(to)}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as { messages: { subject: string; text: string }[] }).messages;
}

async function count(): Promise<number> {
  return ((await (await fetch(`${base}/api/petitions/${SLUG}`, { headers: { "cache-control": "no-cache" } })).json()) as { signatureCount: number }).signatureCount;
}

async function apiSign(address: string, from: string, name = "Identity Tester") {
  const res = await fetch(`${base}/api/petitions/${SLUG}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": from },
    body: JSON.stringify({ name, email: address, country: "SE", nameDisplay: "first_country" }),
  });
  return { status: res.status, body: await res.json() };
}

async function confirmFromMail(page: Page, address: string) {
  await expect.poll(async () => (await mails(address)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const [message] = await mails(address);
  const link = /https?:\/\/[^\s]+\/confirm\/[A-Za-z0-9_-]+/.exec(message.text)![0];
  await page.goto(`${base}${new URL(link).pathname}`);
  await page.getByRole("button", { name: /confirm/i }).click();
}

const statusOf = (address: string) => rows("select status from signatures where email = ?", address).map((r) => r.status);

test("six addresses inside one IPv6 /64 give one pending signature and five flagged; another /64 is another connection", async () => {
  const tag = Date.now().toString(36);
  const addresses = ["2001:db8:64:1::1", "2001:DB8:64:1::2", "2001:db8:64:1:0:0:0:3", "2001:db8:64:1:ffff::4", "[2001:db8:64:1::5]", "2001:0db8:0064:0001::6"];
  const answers = [];
  for (const [i, from] of addresses.entries()) answers.push(await apiSign(`v6-${i}-${tag}@example.org`, from));
  // Every answer is the same: the limit flags silently.
  for (const a of answers) expect(a).toEqual(answers[0]);
  expect(answers[0].status).toBe(202);
  expect(addresses.map((_, i) => statusOf(`v6-${i}-${tag}@example.org`)[0])).toEqual(["pending", "flagged", "flagged", "flagged", "flagged", "flagged"]);
  expect((await apiSign(`v6-next-${tag}@example.org`, "2001:db8:64:2::1")).status).toBe(202);
  expect(statusOf(`v6-next-${tag}@example.org`)).toEqual(["pending"]);
});

test("an admin edits an email rule (audited; bad input refused next to the field); an alias under it is counted once and told 'already signed'", async ({ browser }) => {
  const db = new Database(path.join(dir, "picket.db"));
  const admin = db.prepare("select id from users where email = ?").get(ADMIN) as { id: string };
  const token = `identity-session-${Date.now()}`;
  db.prepare("insert into sessions (session_token, user_id, expires, created_at) values (?, ?, ?, ?)").run(sessionTokenHash(token), admin.id, Date.now() + 3600_000, Date.now());
  db.close();
  const context = await browser.newContext({ extraHTTPHeaders: { cookie: `authjs.session-token=${token}` } });
  const page = await context.newPage();

  await page.goto(`${base}/en/organise/admin`);
  const rules = page.getByTestId("email-rules");
  await expect(rules.getByRole("row", { name: /gmail\.com/ }).first()).toBeVisible();
  await expect(page.getByLabel("IPv6 prefix length one connection is counted by")).toHaveValue("64");

  // A prefix outside 32..128 is refused next to its field, and nothing is saved.
  await page.getByLabel("IPv6 prefix length one connection is counted by").fill("200");
  await page.getByRole("button", { name: "Save prefix length" }).click();
  await expect(page.getByText("Use a whole number from 32 to 128.")).toBeVisible();
  expect(rows("select * from audit_log where action = 'instance.ipv6_prefix'")).toHaveLength(0);

  // An alias pointing at itself is refused next to its field.
  const form = page.locator("#form-emailRule");
  await form.getByLabel("Domain", { exact: true }).fill("union.example");
  await form.getByLabel(/Counted as this domain/).fill("union.example");
  await form.getByRole("button", { name: "Save rule" }).click();
  await expect(form.getByText(/An alias must point at another domain/)).toBeVisible();

  // The rule: mail.union.example is an alias of union.example, which ignores dots.
  await form.getByLabel("Domain", { exact: true }).fill("union.example");
  await form.getByLabel(/Counted as this domain/).fill("");
  await form.getByLabel(/Ignore dots in the address/).check();
  await form.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByText("Rule saved.")).toBeVisible();
  await page.locator("#form-emailRule").getByLabel("Domain", { exact: true }).fill("mail.union.example");
  await page.locator("#form-emailRule").getByLabel(/Counted as this domain/).fill("union.example");
  await page.locator("#form-emailRule").getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByText("Rule saved.")).toBeVisible();
  await expect(rules.getByRole("row", { name: /mail\.union\.example/ })).toContainText("union.example");
  await expect(rules.getByRole("row", { name: /^union\.example/ })).toContainText("Yes");
  // Audited: two entries, shown in the admin's audit table.
  const audited = rows("select detail from audit_log where action = 'instance.email_rule' order by id");
  expect(audited.map((a) => JSON.parse(String(a.detail)).domain)).toEqual(["union.example", "mail.union.example"]);
  await expect(page.getByText("changed the email rule for mail.union.example.")).toBeVisible();

  await page.screenshot({ path: `${SHOTS}/admin-identity-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator("#identity-heading").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/admin-identity-phone.png`, fullPage: true });

  // Sign as anna.berg@union.example, confirm; then as an alias at the other domain: counted once.
  const tag = Date.now().toString(36);
  const original = `anna.berg.${tag}@union.example`;
  const alias = `annaberg${tag}+petition@mail.union.example`;
  const before = await count();
  expect((await apiSign(original, "10.70.0.1")).status).toBe(202);
  await confirmFromMail(page, original);
  await expect.poll(count).toBe(before + 1);
  const again = await apiSign(alias, "10.70.0.2");
  expect(again.status).toBe(202);
  await expect.poll(async () => (await mails(alias)).map((m) => m.subject).join("|"), { timeout: 15_000 }).toMatch(/already signed/i);
  expect(await count()).toBe(before + 1);
  expect(statusOf(alias)).toEqual([]);
  expect(statusOf(original)).toEqual(["confirmed"]);

  // Deleting a rule asks first; declined, nothing changes; accepted, it is gone and audited.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/en/organise/admin`);
  const row = page.getByTestId("email-rules").getByRole("row", { name: /mail\.union\.example/ });
  page.once("dialog", (d) => void d.dismiss());
  await row.getByRole("button", { name: /Delete/ }).click();
  await expect(row).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: /Delete/ }).click();
  await expect(page.getByText("Rule deleted.")).toBeVisible();
  await expect(page.getByTestId("email-rules").getByRole("row", { name: /mail\.union\.example/ })).toHaveCount(0);
  expect(rows("select * from audit_log where action = 'instance.email_rule'")).toHaveLength(3);
  await context.close();
});

test("a name with a web address or an email address is refused next to the field; ordinary names in any script pass", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "10.70.1.1" } });
  const page = await context.newPage();
  await page.goto(`${base}/en/petitions/${SLUG}`);
  await page.getByLabel("Your name").fill("Cheap pills www.spam.example.com");
  await page.getByLabel("Email", { exact: true }).fill(`name-${Date.now()}@example.org`);
  await page.getByLabel("Country", { exact: true }).selectOption("GB");
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.locator("#sign-name-error")).toHaveText(/A name cannot contain a web address or an email address\./);
  const res = await apiSign(`name-ok-${Date.now()}@example.org`, "10.70.1.2", "Әсел Қайратқызы-O'Brien");
  expect(res.status).toBe(202);
  expect((await apiSign(`name-bad-${Date.now()}@example.org`, "10.70.1.3", "me@example.org")).body).toEqual({ error: "validation_failed", fields: { name: "nameHasLink" } });
  await context.close();
});
