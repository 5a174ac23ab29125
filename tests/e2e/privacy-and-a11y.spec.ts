/**
 * No public page makes a request to any other origin, and axe finds no serious or critical
 * accessibility problem on the supporter's pages, on desktop and on a phone.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CAMPAIGN, expect, Mailbox, MAIN_PETITION, test, uniqueEmail, URGENT_PETITION } from "./fixtures";

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
