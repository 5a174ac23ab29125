/** Organiser sign-in: magic links are single use and expire; sessions end when idle, when too old, and on sign-out. */
import { createSession, createUser, e2eDb, one, sessionTokenHash } from "./db";
import { expect, signInLink, test, uniqueEmail } from "./fixtures";

test("a sign-in link works once", async ({ page, mailbox }) => {
  const email = uniqueEmail("organiser-once");
  createUser(email);
  await page.goto("/en/organise/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = signInLink((await mailbox.waitFor(email))[0]);

  // Following the link (as a scanner would) spends nothing.
  await page.goto(link);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your campaigns" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();

  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That sign-in link has expired or was already used.")).toBeVisible();
  await page.goto("/en/organise");
  await expect(page).toHaveURL(/\/organise\/sign-in/);
});

test("a sign-in link expires after 15 minutes", async ({ page, mailbox }) => {
  const email = uniqueEmail("organiser-late");
  createUser(email);
  await page.goto("/en/organise/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = signInLink((await mailbox.waitFor(email))[0]);
  const stored = one<{ expires: number }>("select expires from verification_tokens where identifier = ?", email);
  expect(stored!.expires - Date.now()).toBeGreaterThan(14 * 60 * 1000);
  expect(stored!.expires - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
  // Sixteen minutes later:
  e2eDb().prepare("update verification_tokens set expires = ? where identifier = ?").run(Date.now() - 60 * 1000, email);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That sign-in link has expired or was already used.")).toBeVisible();
});

test("strangers get the same page and no email", async ({ page, mailbox }) => {
  const email = uniqueEmail("stranger");
  await page.goto("/en/organise/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await new Promise((r) => setTimeout(r, 1000));
  expect(await mailbox.list(email)).toHaveLength(0);
  expect(one("select 1 from users where email = ?", email)).toBeUndefined();
});

test("sessions end when idle, when past their absolute lifetime, and on sign-out", async ({ browser }) => {
  const id = createUser(uniqueEmail("session"));
  const visit = async (cookie: string) => {
    const context = await browser.newContext({ extraHTTPHeaders: { cookie } });
    const page = await context.newPage();
    await page.goto("/en/organise");
    const url = page.url();
    return { page, context, signedIn: !url.includes("/sign-in") };
  };
  const fresh = await visit(createSession(id));
  expect(fresh.signedIn).toBe(true);

  const idle = await visit(createSession(id, { expires: Date.now() - 1000 }));
  expect(idle.signedIn).toBe(false);

  const oldCookie = createSession(id, { createdAt: Date.now() - 13 * 60 * 60 * 1000 });
  const old = await visit(oldCookie);
  expect(old.signedIn).toBe(false);
  expect(one("select 1 from sessions where session_token = ?", sessionTokenHash(oldCookie.split("=")[1]))).toBeUndefined();

  const token = createSession(id);
  const signedIn = await visit(token);
  await signedIn.page.getByRole("button", { name: "Sign out" }).click();
  await expect(signedIn.page.getByText("You are signed out.")).toBeVisible();
  expect(one("select 1 from sessions where session_token = ?", sessionTokenHash(token.split("=")[1]))).toBeUndefined();
  expect((await visit(token)).signedIn).toBe(false);
  for (const v of [fresh, idle, old, signedIn]) await v.context.close();
});
