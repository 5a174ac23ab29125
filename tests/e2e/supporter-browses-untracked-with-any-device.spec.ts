/**
 * No public page makes a request to any other origin, and axe finds no serious or critical
 * accessibility problem on the supporter's pages, on desktop and on a phone. The language cookie is
 * set only when a person chooses a language, and the privacy page lists every cookie.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CAMPAIGN, expect, Mailbox, MAIN_PETITION, test, uniqueEmail, URGENT_PETITION } from "./fixtures";
import { PRIVACY_PAGE_COOKIES } from "./page-record";

const PUBLIC_PAGES = [
  "/en",
  "/ru",
  `/en/campaigns/${CAMPAIGN}`,
  `/ru/campaigns/${CAMPAIGN}`,
  `/en/petitions/${MAIN_PETITION}`,
  `/ru/petitions/${URGENT_PETITION}`,
  `/en/petitions/${MAIN_PETITION}/thanks`,
  `/en/petitions/${MAIN_PETITION}/confirmed`,
  "/en/privacy",
  "/en/no-such-page",
];

test("no request from any public page leaves the app's own origin", async ({ page, baseURL }) => {
  // Twelve pages, each waited on until the network is quiet: more than one test's usual minute on a busy machine.
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Interacting (typing, validating) must not call out either.
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await page.getByLabel("Email", { exact: true }).fill("someone@");
  await page.getByLabel("Your name").focus();
  await page.waitForLoadState("networkidle");
  const foreign = requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(PUBLIC_PAGES.length);
});

async function expectNoSeriousViolations(page: Page, label: string) {
  // After a client-side navigation Next streams the new <title> in after the content: wait for it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`accessibility on ${viewport.name}: home, campaign, petition, thanks, confirm`, async ({ page, mailbox }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const path of ["/en", `/en/campaigns/${CAMPAIGN}`, `/en/petitions/${MAIN_PETITION}`, `/ru/petitions/${MAIN_PETITION}`]) {
      await page.goto(path);
      await expectNoSeriousViolations(page, path);
    }
    // The sign form with its errors showing.
    await page.goto(`/en/petitions/${MAIN_PETITION}`);
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.locator("#sign-name-error")).toBeVisible();
    await expectNoSeriousViolations(page, "petition with errors");

    const email = uniqueEmail(`a11y-${viewport.name}`);
    await page.getByLabel("Your name").fill("Axe Tester");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Country", { exact: true }).selectOption("FI");
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expectNoSeriousViolations(page, "thanks");

    await page.goto(Mailbox.confirmLink((await mailbox.waitFor(email))[0]));
    await expect(page.getByRole("button", { name: "Confirm my signature" })).toBeVisible();
    await expectNoSeriousViolations(page, "confirm");
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
    await expectNoSeriousViolations(page, "confirmed");
  });
}

test("the sign form can be completed with the keyboard alone", async ({ page, mailbox }) => {
  const email = uniqueEmail("keyboard");
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await page.getByLabel("Your name").focus();
  await page.keyboard.type("Key Board");
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Finland");
  await expect(page.getByLabel("Country", { exact: true })).toHaveValue("FI");
  await page.getByRole("button", { name: "Sign the petition" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await mailbox.waitFor(email);
});

test.describe("the language cookie", () => {
  test("no page sets it on its own, whatever the browser's language", async ({ request }) => {
    for (const [url, language] of [["/en", "ru"], ["/ru", "en"], [`/ru/petitions/${MAIN_PETITION}`, "en-GB,en"], [`/en/campaigns/${CAMPAIGN}`, "ru-RU"], ["/en/privacy", "ru"], ["/ru/my-data", "en"], ["/", "ru"]]) {
      for (const _ of [1, 2]) {
        const res = await request.get(url, { headers: { "accept-language": language }, maxRedirects: 0 });
        expect(res.status(), url).toBeLessThan(400);
        expect(res.headers()["set-cookie"], `${url} (${language})`).toBeUndefined();
      }
    }
  });

  test("choosing a language in the switcher sets it, and a bare address then opens in that language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`/en/petitions/${MAIN_PETITION}`);
    await page.goto("/en/privacy");
    expect(await context.cookies(), "reading sets no cookie").toEqual([]);
    await page.getByRole("list", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/privacy$/);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: "NEXT_LOCALE", value: "ru", path: "/", sameSite: "Lax" });
    // Kept for a year, as the privacy page says.
    expect(cookie.expires * 1000 - Date.now()).toBeGreaterThan(360 * 86_400_000);
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await context.close();
  });

  test("the privacy page lists every cookie Picket can set, in both languages", async ({ request }) => {
    for (const url of ["/en/privacy", "/ru/privacy"]) {
      const html = await (await request.get(url)).text();
      for (const name of PRIVACY_PAGE_COOKIES) expect(html, `${url}: ${name}`).toContain(name);
    }
  });
});
