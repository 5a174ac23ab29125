/**
 * Abuse resistance with the product's default limits, on a server of its own (scripts/server.mjs,
 * own port and database, TRUSTED_PROXY_HOPS=1 so each test chooses its client address): new,
 * duplicate and flagged signatures get the same answer (JSON API and form) while only real ones are
 * emailed and counted; the ALTCHA widget solves and the signature counts; without JavaScript the form
 * still works; a bad solution is refused; the API's transport limit answers 429; the sign-in link
 * limit shows the same page and sends nothing more. Issue #11's acceptance: three people on one
 * address within a minute all sign with JavaScript (harder proof of work, no flag; two who solved
 * together both sign, the later one re-solving by itself); without it they give one email and two
 * flagged rows, which the organiser releases in bulk and which then count.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { sessionTokenHash } from "./db";

// Offset from the main e2e port, so two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 55;
const base = `http://127.0.0.1:${PORT}`;
const dir = path.join(process.cwd(), "data", "e2e-abuse");
const SLUG = "free-the-land-protesters";
const ORGANISER = "organiser@example.org";
let server: ChildProcess;
let run = 0;

const email = (tag: string) => `${tag}-${Date.now().toString(36)}-${++run}@example.org`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "mailbox.token"), "abuse-spec-mailbox-token-abuse-spec-mailbox-token\n", { mode: 0o600 });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    HOSTNAME: "127.0.0.1",
    APP_URL: base,
    DATABASE_URL: `file:${path.join(dir, "picket.db")}`,
    MAILBOX_TOKEN_FILE: path.join(dir, "mailbox.token"),
    UPLOADS_DIR: path.join(dir, "uploads"),
    PICKET_SECRET: "abuse-secret-abuse-secret-abuse-secret-0123",
    AUTH_SECRET: "abuse-auth-secret-abuse-auth-secret-0123456",
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

async function mails(to: string): Promise<{ subject: string; text: string }[]> {
  const token = fs.readFileSync(path.join(dir, "mailbox.token"), "utf8").trim();
  const res = await fetch(`${base}/api/dev/mailbox?to=${encodeURIComponent(to)}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as { messages: { subject: string; text: string }[] }).messages;
}

async function count(): Promise<number> {
  return ((await (await fetch(`${base}/api/petitions/${SLUG}`, { headers: { "cache-control": "no-cache" } })).json()) as { signatureCount: number }).signatureCount;
}

function rows(sql: string, ...params: unknown[]) {
  const db = new Database(path.join(dir, "picket.db"), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

const statusOf = (address: string) => rows("select status from signatures where email = ?", address).map((r) => r.status);

async function apiSign(address: string, from: string, extra: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/petitions/${SLUG}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": from },
    body: JSON.stringify({ name: "Abuse Tester", email: address, country: "SE", nameDisplay: "first_country", ...extra }),
  });
  return { status: res.status, body: await res.json(), retryAfter: res.headers.get("retry-after") };
}

async function confirmFromMail(page: Page, address: string) {
  await expect.poll(async () => (await mails(address)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const [message] = await mails(address);
  const link = /https?:\/\/[^\s]+\/confirm\/[A-Za-z0-9_-]+/.exec(message.text)![0];
  await page.goto(`${base}${new URL(link).pathname}`);
  await page.getByRole("button", { name: /confirm/i }).click();
}

test("JSON API: new, duplicate, flagged and honeypot submissions get the same status and body; only real ones are mailed and counted", async ({ page }) => {
  const before = await count();
  const a = email("api-new");
  const b = email("api-flagged");
  const c = email("api-honeypot");
  const fresh = await apiSign(a, "10.0.0.1");
  const duplicate = await apiSign(a, "10.0.0.2");
  const flagged = await apiSign(b, "10.0.0.1"); // same address within 120 s, no proof of work: over the limit
  const trapped = await apiSign(c, "10.0.0.3", { website: "https://spam.example" });
  for (const answer of [duplicate, flagged, trapped]) {
    expect(answer.status).toBe(fresh.status);
    expect(answer.body).toEqual(fresh.body);
  }
  expect(fresh.status).toBe(202);
  expect(statusOf(b)).toEqual(["flagged"]);
  expect(statusOf(c)).toEqual(["flagged"]);
  // The new signature's confirmation (and the duplicate's resend) went to its owner; nothing to the flagged ones.
  await expect.poll(async () => (await mails(a)).length, { timeout: 15_000 }).toBe(2);
  await page.waitForTimeout(1000);
  expect(await mails(b)).toHaveLength(0);
  expect(await mails(c)).toHaveLength(0);
  await confirmFromMail(page, a);
  await expect.poll(count).toBe(before + 1);
  expect(statusOf(b)).toEqual(["flagged"]);
});

test("JSON API: a bad or replayed proof-of-work solution is refused with 422 and nothing is written", async () => {
  const forged = Buffer.from(JSON.stringify({ challenge: { parameters: { algorithm: "PBKDF2/SHA-256" }, signature: "00" }, solution: { counter: 1, derivedKey: "00" } })).toString("base64");
  const address = email("api-forged");
  const res = await apiSign(address, "10.0.1.1", { altcha: forged });
  expect(res.status).toBe(422);
  expect(res.body).toEqual({ error: "verification_failed", fields: { altcha: "verification_failed" } });
  expect(statusOf(address)).toEqual([]);

  const challenge = await (await fetch(`${base}/api/altcha/challenge`)).json();
  const solved = Buffer.from(JSON.stringify({ challenge, solution: await solveChallenge({ challenge, deriveKey }) })).toString("base64");
  const first = email("api-solved");
  const replayed = email("api-replayed");
  expect((await apiSign(first, "10.0.1.2", { altcha: solved })).status).toBe(202);
  const again = await apiSign(replayed, "10.0.1.3", { altcha: solved });
  expect(again.status).toBe(422);
  expect(again.body.error).toBe("verification_failed");
  expect(statusOf(first)).toEqual(["pending"]);
  expect(statusOf(replayed)).toEqual([]);
});

test("JSON API: over 60 requests a minute from one address get 429 with Retry-After", async () => {
  const answers: number[] = [];
  for (let i = 0; i < 61; i++) {
    const res = await fetch(`${base}/api/petitions/${SLUG}/signatures`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": "10.0.2.1" },
      body: "{}",
    });
    answers.push(res.status);
    if (i === 60) {
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await res.json()).toMatchObject({ error: "rate_limited" });
    }
  }
  expect(answers.slice(0, 60).every((s) => s === 422)).toBe(true);
  expect(answers[60]).toBe(429);
});

async function noJsPage(browser: Browser, from: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": from } });
  return { context, page: await context.newPage() };
}

async function fillAndSign(page: Page, address: string) {
  await page.goto(`${base}/en/petitions/${SLUG}`);
  await page.getByLabel("Your name").fill("Form Tester");
  await page.getByLabel("Email", { exact: true }).fill(address);
  await page.getByLabel("Country", { exact: true }).selectOption("GB");
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return { url: page.url(), heading: await page.getByRole("heading", { level: 1 }).textContent() };
}

test("form without JavaScript: new, duplicate and flagged land on the same page; only the new one is counted", async ({ browser }) => {
  const before = await count();
  const a = email("form-new");
  const b = email("form-flagged");
  const first = await noJsPage(browser, "10.1.0.1");
  const second = await noJsPage(browser, "10.1.0.2");
  const fresh = await fillAndSign(first.page, a);
  const duplicate = await fillAndSign(second.page, a);
  const flagged = await fillAndSign(first.page, b);
  expect(fresh.url).toMatch(/\/en\/petitions\/free-the-land-protesters\/thanks$/);
  expect(fresh.heading).toBe("Check your email");
  expect(duplicate).toEqual(fresh);
  expect(flagged).toEqual(fresh);
  expect(statusOf(a)).toEqual(["pending"]);
  expect(statusOf(b)).toEqual(["flagged"]);
  await expect.poll(async () => (await mails(a)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await mails(b)).toHaveLength(0);
  await confirmFromMail(first.page, a);
  await expect.poll(count).toBe(before + 1);
  await first.context.close();
  await second.context.close();
});

test("with JavaScript the widget solves the challenge, the solution is spent and the signature counts", async ({ browser }) => {
  const before = await count();
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.2.0.1" } });
  const page = await context.newPage();
  const address = email("widget");
  await page.goto(`${base}/en/petitions/${SLUG}`);
  await page.getByLabel("Your name").fill("Widget Tester");
  const started = Date.now();
  await expect(page.locator("altcha-widget").getByText("Checked")).toBeVisible({ timeout: 20_000 });
  console.log(`[abuse] proof of work solved in ${Date.now() - started} ms (headless Chromium, 2 shared cores)`);
  const spentBefore = rows("select count(*) as n from spent_challenges")[0].n as number;
  await page.getByLabel("Email", { exact: true }).fill(address);
  await page.getByLabel("Country", { exact: true }).selectOption("GB");
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  expect(rows("select count(*) as n from spent_challenges")[0].n).toBe(spentBefore + 1);
  expect(statusOf(address)).toEqual(["pending"]);
  await confirmFromMail(page, address);
  await expect.poll(count).toBe(before + 1);
  await context.close();
});

async function organiserContext(browser: Browser, options: { viewport?: { width: number; height: number } } = {}) {
  const db = new Database(path.join(dir, "picket.db"));
  const admin = db.prepare("select id from users where email = ?").get(ORGANISER) as { id: string };
  const token = `abuse-session-${Date.now()}-${++run}`;
  db.prepare("insert into sessions (session_token, user_id, expires, created_at) values (?, ?, ?, ?)").run(sessionTokenHash(token), admin.id, Date.now() + 3600_000, Date.now());
  const petition = db.prepare("select id, campaign_id as campaignId from petitions where slug = ?").get(SLUG) as { id: number; campaignId: number };
  db.close();
  const context = await browser.newContext({ ...options, extraHTTPHeaders: { cookie: `authjs.session-token=${token}` } });
  return { context, dashboard: `${base}/en/organise/campaigns/${petition.campaignId}/petitions/${petition.id}` };
}

test("issue #11: three people on one address within a minute with JavaScript all get their email and all count once confirmed", async ({ browser }) => {
  test.setTimeout(180_000);
  const before = await count();
  const started = Date.now();
  const people = [email("meeting-js-a"), email("meeting-js-b"), email("meeting-js-c")];
  const levels: unknown[] = [];
  for (const [i, address] of people.entries()) {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.4.0.1" } });
    const page = await context.newPage();
    page.on("response", async (res) => {
      if (res.url().includes("/api/altcha/challenge")) levels[i] = ((await res.json()) as { parameters: { data?: { level?: number } } }).parameters.data?.level;
    });
    await page.goto(`${base}/en/petitions/${SLUG}`);
    await page.getByLabel("Your name").fill("Meeting Person");
    await expect(page.locator("altcha-widget").getByText("Checked")).toBeVisible({ timeout: 45_000 });
    await page.getByLabel("Email", { exact: true }).fill(address);
    await page.getByLabel("Country", { exact: true }).selectOption("KZ");
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await context.close();
  }
  console.log(`[abuse] three signers on one address with JavaScript, work levels ${JSON.stringify(levels)}, in ${Date.now() - started} ms`);
  // Each later signer was asked for more work (one level per signature over the limit of one a minute).
  expect(levels.slice(0, 2)).toEqual([0, 1]);
  if (Date.now() - started < 60_000) expect(levels[2]).toBe(2);
  expect(people.map(statusOf)).toEqual([["pending"], ["pending"], ["pending"]]);
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const address of people) await confirmFromMail(page, address);
  await expect.poll(count).toBe(before + 3);
  await context.close();
});

test("issue #11: two people on one address who open the form together both sign: the later one is asked for more work, without doing anything", async ({ browser }) => {
  test.setTimeout(120_000);
  const before = await count();
  const people = [email("together-a"), email("together-b")];
  const pages = [];
  for (const address of people) {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.6.0.1" } });
    const page = await context.newPage();
    await page.goto(`${base}/en/petitions/${SLUG}`);
    await page.getByLabel("Your name").fill("Together Person");
    await page.getByLabel("Email", { exact: true }).fill(address);
    await page.getByLabel("Country", { exact: true }).selectOption("KZ");
    // Back into the form, as a person would: the widget (loaded lazily) starts its check on focus, and on
    // a loaded machine it may have finished loading after the last focus moved.
    await page.getByLabel("Your name").click();
    await expect(page.locator("altcha-widget").getByText("Checked")).toBeVisible({ timeout: 45_000 });
    pages.push({ context, page });
  }
  // Both solved a level-0 challenge before either signed; the second is now below the level needed.
  for (const { page } of pages) {
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible({ timeout: 45_000 });
  }
  expect(people.map(statusOf)).toEqual([["pending"], ["pending"]]);
  for (const { page, context } of pages) {
    await confirmFromMail(page, people[pages.findIndex((p) => p.page === page)]);
    await context.close();
  }
  await expect.poll(count).toBe(before + 2);
});

test("issue #11: the same three without JavaScript give one email and two flagged rows; the organiser releases them in bulk and they count on confirming", async ({ browser }) => {
  const before = await count();
  const people = [email("meeting-nojs-a"), email("meeting-nojs-b"), email("meeting-nojs-c")];
  const answers = [];
  for (const address of people) {
    const { context, page } = await noJsPage(browser, "10.5.0.1");
    answers.push(await fillAndSign(page, address));
    await context.close();
  }
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
  expect(people.map(statusOf)).toEqual([["pending"], ["flagged"], ["flagged"]]);
  await expect.poll(async () => (await mails(people[0])).length, { timeout: 15_000 }).toBe(1);
  expect((await mails(people[1])).length + (await mails(people[2])).length).toBe(0);

  const fingerprint = String(rows("select ip_hash from signatures where email = ?", people[1])[0].ip_hash);
  const { context, dashboard } = await organiserContext(browser);
  const page = await context.newPage();
  await page.goto(dashboard);
  const group = page.getByTestId("flagged-groups").getByRole("row").filter({ hasText: fingerprint.slice(0, 10) });
  await expect(group).toHaveCount(1);
  await expect(group.getByRole("cell").nth(2)).toHaveText("2");
  await group.getByRole("link", { name: "Release…" }).click();
  const release = page.getByRole("region", { name: "Flagged signatures", exact: true });
  await expect(release.getByRole("textbox", { name: /^Network fingerprint/ })).toHaveValue(fingerprint);
  await release.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("release-preview")).toHaveText("2 flagged signatures match this rule.");
  await release.getByRole("button", { name: "Release 2 signatures" }).click();
  await expect(release.getByText("2 signatures were released; each gets its confirmation email.")).toBeVisible();
  expect(people.map(statusOf)).toEqual([["pending"], ["pending"], ["pending"]]);
  expect(rows("select count(*) as n from audit_log where action = 'signatures.release'")[0].n).toBe(1);
  await expect.poll(count).toBe(before); // released, not yet confirmed
  for (const address of people) await confirmFromMail(page, address);
  await expect.poll(count).toBe(before + 3);
  await context.close();
});

test("sign-in links: over 5 in 15 minutes from one address the page is the same and no email is sent", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "10.3.0.1" } });
  const page = await context.newPage();
  const headings: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.goto(`${base}/en/organise/sign-in`);
    await page.getByLabel("Email").fill(ORGANISER);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/en\/organise\/sign-in\/check-email$/);
    headings.push((await page.getByRole("heading", { level: 1 }).textContent()) ?? "");
  }
  expect(new Set(headings)).toEqual(new Set(["Check your email"]));
  await expect.poll(async () => (await mails(ORGANISER)).length, { timeout: 15_000 }).toBe(5);
  await page.waitForTimeout(1500);
  expect(await mails(ORGANISER)).toHaveLength(5);
  await context.close();
});

test("an admin sets the limits (audited); the dashboard shows trending sources, the flagged count, and one click fills the invalidation rule", async ({ browser }) => {
  const db = new Database(path.join(dir, "picket.db"));
  const admin = db.prepare("select id from users where email = ?").get(ORGANISER) as { id: string };
  const token = `abuse-session-${Date.now()}`;
  db.prepare("insert into sessions (session_token, user_id, expires, created_at) values (?, ?, ?, ?)").run(sessionTokenHash(token), admin.id, Date.now() + 3600_000, Date.now());
  const petition = db.prepare("select id, campaign_id as campaignId from petitions where slug = ?").get(SLUG) as { id: number; campaignId: number };
  db.close();
  const context = await browser.newContext({ extraHTTPHeaders: { cookie: `authjs.session-token=${token}` } });
  const page = await context.newPage();

  await page.goto(`${base}/en/organise/admin`);
  const threshold = page.getByLabel("Signatures in an hour from one connection or email domain shown as trending");
  await expect(threshold).toHaveValue("100");
  await threshold.fill("2");
  await page.getByRole("button", { name: "Save limits" }).click();
  await expect(page.getByText("Limits saved.")).toBeVisible();
  expect(rows("select detail from audit_log where action = 'instance.limits'")).toHaveLength(1);

  await page.goto(`${base}/en/organise/campaigns/${petition.campaignId}/petitions/${petition.id}`);
  expect(Number(await page.getByTestId("count-flagged").textContent())).toBeGreaterThanOrEqual(3);
  const trending = page.getByTestId("trending");
  await expect(trending.getByRole("row", { name: /Email domain: example\.org/ })).toBeVisible();
  await expect(trending.getByRole("row", { name: /Connection:/ }).first()).toBeVisible();
  await trending.getByRole("row", { name: /Email domain: example\.org/ }).getByRole("link", { name: "Invalidate by rule…" }).click();
  await expect(page).toHaveURL(/ruleDomain=example\.org/);
  const moderation = page.getByRole("region", { name: "Moderation", exact: true });
  await expect(moderation.getByLabel("Email domain")).toHaveValue("example.org");
  await moderation.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("rule-preview")).toBeVisible();
  await context.close();
});
