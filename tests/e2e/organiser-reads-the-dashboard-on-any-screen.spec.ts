/**
 * The petition dashboard fits a 1280-wide screen (each signature's actions visible without scrolling
 * sideways) and becomes a list of labelled cards on a phone.
 */
import { addMember, createCampaign, createPetition, createSession, createSignature, createUser } from "./db";
import { APP_ORIGIN, expect, test } from "./fixtures";

test("the dashboard fits 1280 px and is a list on a phone", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const userId = createUser(`dash-${tag}@example.org`);
  const campaignId = createCampaign(`dash-${tag}`);
  const petitionId = createPetition(campaignId, `dash-petition-${tag}`);
  addMember(campaignId, userId, "owner");
  for (let i = 0; i < 3; i++) {
    createSignature(petitionId, { email: `a-rather-long-address-for-testing-${i}-${tag}@solidarity-committee.example.org`, country: "KZ", comment: "We stand with the oil workers of Zhanaozen and their families. ".repeat(3) });
  }
  const [name, value] = createSession(userId).split("=");
  const url = `/en/organise/campaigns/${campaignId}/petitions/${petitionId}`;

  for (const viewport of [
    { width: 1280, height: 800, phone: false },
    { width: 390, height: 844, phone: true },
  ]) {
    const context = await browser.newContext({ viewport });
    await context.addCookies([{ name, value, url: APP_ORIGIN }]);
    const page = await context.newPage();
    await page.goto(url);
    const table = page.getByTestId("latest-signatures");
    await expect(table.getByRole("button", { name: "Invalidate" }).first()).toBeVisible();
    // Nothing on the page scrolls sideways, and every row's actions are inside the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    for (const button of await table.getByRole("button", { name: "Invalidate" }).all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    }
    const display = await table.locator("tbody tr").first().evaluate((tr) => getComputedStyle(tr).display);
    expect(display).toBe(viewport.phone ? "block" : "table-row");
    if (viewport.phone) {
      // Each value says what it is, since the header row is not shown.
      await expect(table.locator("tbody tr").first()).toContainText("Status:");
      await expect(table.locator("thead")).toHaveClass(/sr-only/);
    } else {
      await expect(page.getByRole("columnheader", { name: "Signed (UTC)" })).toBeVisible();
    }
    await page.screenshot({ path: `test-results/dashboard-${viewport.width}.png`, fullPage: true });
    await context.close();
  }
});
