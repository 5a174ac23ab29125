/**
 * "Actions worldwide": only approved report-backs and planned actions appear, in the lists and on
 * the server-drawn map; the private contact email never reaches the page; the filter works without
 * JavaScript; the page is accessible and fits a phone. The test makes its own campaign and rows,
 * so it does not depend on the demo seed.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { createActionReport, createCampaign, createPlannedAction, createReportPhoto, e2eDb } from "./db";

const slug = `wall-${Date.now()}`;
const SECRET = "never-show-this-reporter@example.org";
const PLANNED_SECRET = "never-show-this-organiser@example.org";
let plannedId = 0;

test.beforeAll(() => {
  const campaignId = createCampaign(slug);
  const approved = createActionReport(campaignId, {
    country: "SE",
    city: "Stockholm",
    status: "approved",
    kind: "letter_delivered",
    account: "We handed the letter in at the embassy in Stockholm.",
    contactEmail: SECRET,
    replyText: "The embassy promised to forward our letter.",
  });
  createReportPhoto(approved, { path: "/uploads/reports/e2e-picket.webp", width: 1200, height: 800 });
  createActionReport(campaignId, { country: "NO", city: "Oslo", status: "pending", account: "Pending report from Oslo.", contactEmail: SECRET });
  createActionReport(campaignId, { country: "FI", city: "Helsinki", status: "rejected", account: "Rejected report from Helsinki.", contactEmail: SECRET });
  const inAWeek = Date.now() + 7 * 24 * 60 * 60 * 1000;
  plannedId = createPlannedAction(campaignId, {
    title: "Picket at the embassy in Berlin",
    country: "DE",
    city: "Berlin",
    status: "approved",
    startsAt: inAWeek,
    endsAt: inAWeek + 2 * 60 * 60 * 1000,
    timeZone: "Europe/Berlin",
    place: "Nordendstraße",
    contact: "Berlin solidarity group",
    contactEmail: PLANNED_SECRET,
  });
});

test("shows only approved actions, in the lists and on the map, and never the private email", async ({ page }) => {
  const response = await page.goto(`/en/campaigns/${slug}/actions`);
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).not.toContain(SECRET);
  expect(html).not.toContain(PLANNED_SECRET);
  expect(html).not.toContain("Oslo");
  expect(html).not.toContain("Helsinki");

  await expect(page.getByRole("heading", { level: 1, name: "Actions worldwide" })).toBeVisible();
  const report = page.getByRole("article", { name: /Letter handed in: Stockholm, Sweden/ });
  await expect(report).toContainText("We handed the letter in at the embassy in Stockholm.");
  await expect(report).toContainText("The embassy promised to forward our letter.");
  const photo = report.getByRole("img", { name: /Photo 1 of 1: Letter handed in in Stockholm/ });
  await expect(photo).toHaveAttribute("width", "1200");
  await expect(photo).toHaveAttribute("height", "800");
  await expect(report.getByRole("link", { name: /Photo 1 of 1/ })).toHaveAttribute("href", "/uploads/reports/e2e-picket.webp");

  const planned = page.getByRole("article", { name: "Picket at the embassy in Berlin" });
  await expect(planned).toContainText("Nordendstraße, Berlin, Germany");
  await expect(planned).toContainText(/Central European (Summer|Standard) Time/);
  await expect(planned).toContainText("Berlin solidarity group");
  await expect(planned.getByRole("link", { name: /Add to calendar \(\.ics\)/ })).toHaveAttribute("href", `/api/actions/${plannedId}/ics`);

  const map = page.getByRole("img", { name: /World map of actions/ });
  await expect(map.locator('path[data-country="SE"]')).toHaveAttribute("data-count", "1");
  await expect(map.locator('path[data-country="SE"]')).toHaveAttribute("data-shade", "1");
  await expect(map.locator('path[data-country="DE"]')).toHaveAttribute("data-count", "1");
  for (const unshaded of ["NO", "FI"]) {
    await expect(map.locator(`path[data-country="${unshaded}"]`)).toHaveAttribute("data-shade", "0");
    await expect(map.locator(`path[data-country="${unshaded}"]`)).not.toHaveAttribute("data-count");
  }
  await expect(map.locator("desc")).toHaveText("Actions in 2 countries: Germany 0 happened, 1 planned; Sweden 1 happened, 0 planned.");
  await expect(map.locator('path[data-country="SE"] > title')).toHaveText("Sweden: 1 action");
  expect(await map.evaluate((svg) => svg.outerHTML)).not.toMatch(/http|<image|href/);

  const table = page.getByRole("table", { name: "Actions by country" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: /Sweden/ })).toContainText("1");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the country filter narrows the lists", async ({ page }) => {
    await page.goto(`/en/campaigns/${slug}/actions`);
    await page.getByLabel("Country").selectOption("SE");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\?country=SE/);
    await expect(page.getByRole("article", { name: /Stockholm/ })).toBeVisible();
    await expect(page.getByRole("article", { name: "Picket at the embassy in Berlin" })).toHaveCount(0);
    await expect(page.getByText("No upcoming actions match these filters.")).toBeVisible();
    // The map stays the campaign's overview.
    await expect(page.locator('svg[data-view="world"] path[data-country="DE"]')).toHaveAttribute("data-count", "1");

    await page.getByLabel("Kind of action").selectOption("planned");
    await page.getByLabel("Country").selectOption("");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("article", { name: "Picket at the embassy in Berlin" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Reports" })).toHaveCount(0);
  });
});

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`accessible and without horizontal scroll on ${viewport.name}`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const path of [`/en/campaigns/${slug}/actions`, `/ru/campaigns/${slug}/actions`, `/en/campaigns/${slug}/actions?country=SE&kind=letter_delivered`]) {
      await page.goto(path);
      await expect(page).toHaveTitle(/\S/);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
}

test("unknown and unpublished campaigns have no actions page", async ({ page }) => {
  expect((await page.goto("/en/campaigns/no-such-campaign/actions"))?.status()).toBe(404);
  const draft = `wall-draft-${Date.now()}`;
  const id = createCampaign(draft);
  e2eDb().prepare("update campaigns set status = 'draft' where id = ?").run(id);
  expect((await page.goto(`/en/campaigns/${draft}/actions`))?.status()).toBe(404);
});
