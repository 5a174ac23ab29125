/**
 * The doors (issue #11): redirect targets stay on the site; Auth.js's own sign-in endpoint is shut, so
 * the form and its limits are the only way to a link; no verification token for an address with no
 * account; session tokens stored hashed; page POSTs (server actions) need the site's Origin, on Next's
 * path and on the front door's no-JavaScript fast path; X-Forwarded-Host is not believed without a
 * trusted proxy; organiser Markdown cannot link to "//host".
 */
import { createHash } from "node:crypto";
import { campaignIdBySlug, createSession, createUser, e2eDb, one, sessionTokenHash } from "./db";
import { CAMPAIGN, expect, MAIN_PETITION, signInLink, test, uniqueEmail } from "./fixtures";
import { hiddenActionFields, MULTIPART, multipart, ORIGIN, send } from "./raw-http";

const SIGN_IN = "/en/organise/sign-in";
const tokenRows = (email: string) => (one<{ n: number }>("select count(*) as n from verification_tokens where identifier = ?", email)?.n ?? 0);
const outboxRows = (email: string) => (one<{ n: number }>("select count(*) as n from outbox where recipient = ?", email)?.n ?? 0);

/** The sign-in form as a browser without JavaScript posts it. */
async function signInForm(email: string, extra: { name: string; value: string }[] = []) {
  const page = await send({ method: "GET", path: SIGN_IN });
  const fields = hiddenActionFields(page.body, 'name="email"').map(([name, value]) => ({ name, value }));
  expect(fields.length).toBeGreaterThan(0);
  return multipart([...fields, { name: "email", value: email }, ...extra]);
}

// Spellings of "somewhere else" a redirect target might take; each must end on the site.
const BYPASSES = [
  "//evil.example",
  "/\\evil.example",
  "/%09/evil.example",
  "https:evil.example",
  "/%2F%2Fevil.example",
  "\\/\\/evil.example",
  "https://localhost@evil.example",
  "http://evil.example/en/organise",
  "javascript:alert(1)",
  " //evil.example",
];

test("a signed-in organiser sent to the sign-in page with a foreign callbackUrl lands on the workspace, not elsewhere", async () => {
  const cookie = createSession(createUser(uniqueEmail("redirect")));
  for (const target of BYPASSES) {
    const res = await send({ method: "GET", path: `${SIGN_IN}?${new URLSearchParams({ callbackUrl: target })}`, headers: { cookie } });
    expect(res.status, target).toBeGreaterThanOrEqual(300);
    expect(res.status, target).toBeLessThan(400);
    expect(new URL(String(res.headers.location), ORIGIN).href, target).toBe(`${ORIGIN}/en/organise`);
  }
  // A path on the site is kept.
  const kept = await send({ method: "GET", path: `${SIGN_IN}?callbackUrl=${encodeURIComponent("/en/organise/campaigns")}`, headers: { cookie } });
  expect(new URL(String(kept.headers.location), ORIGIN).href).toBe(`${ORIGIN}/en/organise/campaigns`);
});

test("a sign-in link whose callbackUrl was changed to another site still lands on the site", async ({ page, mailbox }) => {
  const email = uniqueEmail("redirect-link");
  createUser(email);
  await page.goto(`${SIGN_IN}?callbackUrl=${encodeURIComponent("//evil.example")}`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = new URL(signInLink((await mailbox.waitFor(email))[0]), ORIGIN);
  expect(link.searchParams.get("callbackUrl")).toBe("/en/organise");
  link.searchParams.set("callbackUrl", "/\\evil.example");
  await page.goto(link.href);
  expect(await page.locator('input[name="callbackUrl"]').getAttribute("value")).toBe("/en/organise");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your campaigns" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(ORIGIN);
});

test("Auth.js's own POST /api/auth/signin/email is refused: no token row, no email, however spelled", async ({ request }) => {
  const email = uniqueEmail("authjs-direct");
  createUser(email);
  const csrf = ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  for (const path of ["/api/auth/signin/email", "/api/auth/signin/email/", "/api/auth//signin/email", "/api/auth/SIGNIN/email", "/api/auth/signin"]) {
    // Redirects are followed: Auth.js answers a request it served with a redirect to a 200 page.
    const res = await request.post(path, { form: { email, csrfToken: csrf, callbackUrl: "/en/organise" }, headers: { origin: ORIGIN } });
    expect(res.status(), path).toBeGreaterThanOrEqual(400);
    expect(res.status(), path).toBeLessThan(500);
  }
  await new Promise((r) => setTimeout(r, 500));
  expect(tokenRows(email)).toBe(0);
  expect(outboxRows(email)).toBe(0);
});

test("no verification token is stored for an address with no account, and the answer is the same as for an organiser", async () => {
  const stranger = uniqueEmail("no-account");
  const organiser = uniqueEmail("has-account");
  createUser(organiser);
  const answers = [];
  for (const email of [stranger, organiser]) {
    const res = await send({ method: "POST", path: SIGN_IN, headers: { origin: ORIGIN, "content-type": MULTIPART }, body: await signInForm(email) });
    answers.push({ status: res.status, location: res.headers.location });
  }
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0].status).toBe(303);
  expect(tokenRows(organiser)).toBe(1);
  expect(tokenRows(stranger)).toBe(0);
  expect(outboxRows(stranger)).toBe(0);
});

test("session tokens are stored hashed: the database holds no cookie value, and signing in still works", async ({ page, mailbox, browser }) => {
  const email = uniqueEmail("hashed-session");
  const userId = createUser(email);
  await page.goto(SIGN_IN);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.goto(signInLink((await mailbox.waitFor(email))[0]));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your campaigns" })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie?.value).toBeTruthy();
  const rows = e2eDb().prepare("select session_token as token from sessions where user_id = ?").all(userId) as { token: string }[];
  expect(rows).toHaveLength(1);
  expect(rows[0].token).not.toBe(cookie!.value);
  expect(rows[0].token).toBe(createHash("sha256").update(cookie!.value).digest("hex"));

  // What the database holds is no key: presented as a cookie, it signs nobody in.
  const thief = await browser.newContext({ extraHTTPHeaders: { cookie: `authjs.session-token=${rows[0].token}` } });
  const stolen = await thief.newPage();
  await stolen.goto("/en/organise");
  await expect(stolen).toHaveURL(/\/organise\/sign-in/);
  await thief.close();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Your campaigns" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  expect(one("select 1 from sessions where session_token = ?", sessionTokenHash(cookie!.value))).toBeUndefined();
});

test("a server action without Origin is refused with 403 and writes nothing, on Next's path and on the fast path", async () => {
  // The sign-in form (Next).
  const email = uniqueEmail("no-origin");
  createUser(email);
  const body = await signInForm(email);
  const refused = await send({ method: "POST", path: SIGN_IN, headers: { "content-type": MULTIPART }, body });
  expect(refused.status).toBe(403);
  const nullOrigin = await send({ method: "POST", path: SIGN_IN, headers: { origin: "null", "content-type": MULTIPART }, body });
  expect(nullOrigin.status).toBe(403);
  await new Promise((r) => setTimeout(r, 300));
  expect(tokenRows(email)).toBe(0);
  expect(outboxRows(email)).toBe(0);

  // The no-JavaScript sign form (answered by the front door when it signs).
  const petition = `/en/petitions/${MAIN_PETITION}`;
  const fields = hiddenActionFields((await send({ method: "GET", path: petition })).body, 'name="email"').map(([name, value]) => ({ name, value }));
  const signer = uniqueEmail("no-origin-signer");
  const form = multipart([...fields, { name: "name", value: "No Origin" }, { name: "email", value: signer }, { name: "country", value: "DE" }, { name: "nameDisplay", value: "first_country" }]);
  const unsigned = await send({ method: "POST", path: petition, headers: { "content-type": MULTIPART }, body: form });
  expect(unsigned.status).toBe(403);
  expect(one("select 1 from signatures where email = ?", signer)).toBeUndefined();
  expect(outboxRows(signer)).toBe(0);
  // The same bytes with the site's Origin sign: the refusal was the missing Origin.
  const signed = await send({ method: "POST", path: petition, headers: { origin: ORIGIN, "content-type": MULTIPART }, body: form });
  expect(signed.status).toBe(303);
  expect(one("select 1 from signatures where email = ?", signer)).toBeDefined();
});

test("X-Forwarded-Host is not believed without a trusted proxy: the sign-in link goes out on the site's origin", async ({ mailbox }) => {
  const email = uniqueEmail("xfh");
  createUser(email);
  const body = await signInForm(email);
  // A forged host with a matching Origin (what an attacker's own page could send) is refused...
  const forged = await send({ method: "POST", path: SIGN_IN, headers: { origin: "http://evil.example", "x-forwarded-host": "evil.example", "content-type": MULTIPART }, body });
  expect(forged.status).toBe(403);
  // ...and with the site's Origin the forged host is simply not used.
  const res = await send({
    method: "POST",
    path: SIGN_IN,
    headers: { origin: ORIGIN, "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "content-type": MULTIPART },
    body,
  });
  expect(res.status).toBe(303);
  const messages = await mailbox.waitFor(email);
  expect(messages).toHaveLength(1);
  expect(messages[0].text).toContain(`${ORIGIN}/en/organise/sign-in/verify?`);
  expect(messages[0].text + messages[0].html).not.toContain("evil.example");
});

test("organiser Markdown cannot link to another site protocol-relatively", async ({ page }) => {
  const campaignId = campaignIdBySlug(CAMPAIGN);
  const before = one<{ story: string }>("select story from campaigns where id = ?", campaignId)!.story;
  try {
    e2eDb()
      .prepare("update campaigns set story = ? where id = ?")
      .run(`${before}\n\n[doors-one](//evil.example/a) [doors-two](/\\evil.example) <a href="//evil.example/b">doors-three</a> [doors-ok](https://example.org/ok)`, campaignId);
    // A query of its own, so the page micro-cache has no copy from before the change.
    await page.goto(`/en/campaigns/${CAMPAIGN}?doors=${Date.now()}`);
    // A refused link stays as its text (valid HTML: no <a> without href); none leads off the site.
    for (const name of ["doors-one", "doors-two", "doors-three"]) {
      await expect(page.getByRole("main")).toContainText(name);
      for (const link of await page.getByRole("link", { name, exact: true }).all()) {
        expect(new URL((await link.getAttribute("href"))!, page.url()).host, name).toBe(new URL(ORIGIN).host);
      }
    }
    expect(await page.getByText("doors-ok", { exact: true }).getAttribute("href")).toBe("https://example.org/ok");
  } finally {
    e2eDb().prepare("update campaigns set story = ? where id = ?").run(before, campaignId);
  }
});
