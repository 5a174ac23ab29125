/**
 * Pages that lead somewhere: the campaigns index (live campaigns only, from the menu), the
 * worldwide actions wall across campaigns (same filters, pagination), and the map's pins — one per
 * city, clustered with their counts, happened and planned apart, with a text table beside it, a
 * regional view on phones, and a place an organiser corrects moving its pin. The test makes its own
 * campaigns and rows (coordinates given, as the gazetteer would have stored them).
 */
import type { Page } from "@playwright/test";
import { addMember, createActionReport, createCampaign, createPlannedAction, createSession, createUser, e2eDb, one } from "./db";
import { expect, test, uniqueEmail } from "./fixtures";

const stamp = Date.now();
const live = `map-a-${stamp}`;
const other = `map-b-${stamp}`;
const draft = `map-draft-${stamp}`;
const BERLIN = { latitude: 52.52437, longitude: 13.41053 };
const POTSDAM = { latitude: 52.39886, longitude: 13.06566 };
const LISBON = { latitude: 38.71667, longitude: -9.13333 };
const REYKJAVIK = { latitude: 64.13548, longitude: -21.89541 };
let liveId = 0;
let lisbonReport = 0;

test.beforeAll(() => {
  liveId = createCampaign(live);
  const otherId = createCampaign(other);
  const draftId = createCampaign(draft);
  e2eDb().prepare("update campaigns set status = 'draft' where id = ?").run(draftId);

  createActionReport(liveId, { country: "DE", city: "Berlin", status: "approved", account: `Berlin one ${stamp}`, ...BERLIN });
  createActionReport(liveId, { country: "DE", city: "berlin", status: "approved", account: `Berlin two ${stamp}`, ...BERLIN });
  createActionReport(liveId, { country: "DE", city: "Potsdam", status: "approved", account: `Potsdam ${stamp}`, ...POTSDAM });
  createActionReport(liveId, { country: "DE", city: "Hamburg", status: "pending", account: `Pending ${stamp}`, latitude: 53.55, longitude: 10 });
  lisbonReport = createActionReport(liveId, { country: "PT", city: "Lisbon", status: "approved", account: `Lisbon ${stamp}`, ...LISBON });
  createActionReport(liveId, { country: "SE", city: "Nowhereby", status: "approved", account: `Nowhere ${stamp}` });
  const soon = Date.now() + 7 * 24 * 60 * 60 * 1000;
  createPlannedAction(liveId, { title: `Berlin picket ${stamp}`, country: "DE", city: "Berlin", status: "approved", startsAt: soon, ...BERLIN });
  // A past planned action is not counted (its report-back is the record).
  createPlannedAction(liveId, { title: `Past picket ${stamp}`, country: "DE", city: "Berlin", status: "approved", startsAt: Date.now() - 86_400_000, ...BERLIN });

  // Eleven approved reports in Iceland across two campaigns: the worldwide wall pages them.
  for (let i = 0; i < 11; i++) {
    createActionReport(i < 6 ? liveId : otherId, { country: "IS", city: "Reykjavik", status: "approved", account: `Iceland ${i} ${stamp}`, actionDate: `2026-01-${String(10 + i).padStart(2, "0")}`, ...REYKJAVIK });
  }
  createActionReport(otherId, { country: "FR", city: "Paris", status: "approved", account: `Paris ${stamp}`, latitude: 48.85341, longitude: 2.3488 });
  createActionReport(draftId, { country: "ES", city: "Madrid", status: "approved", account: `Madrid draft ${stamp}`, latitude: 40.4165, longitude: -3.70256 });
});

/** Every campaign slug listed on the index, following its pages. */
async function listedCampaigns(page: Page): Promise<string[]> {
  const slugs: string[] = [];
  await page.goto("/en/campaigns");
  for (let n = 1; n <= 20; n++) {
    slugs.push(...(await page.locator("[data-campaign]").evaluateAll((els) => els.map((e) => e.getAttribute("data-campaign") ?? ""))));
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    // Wait for the next page: reading the old one again would find its "Older" link gone mid-click.
    await expect(page).toHaveURL(new RegExp(`[?&]page=${n + 1}(&|$)`));
  }
  return slugs;
}

test("the menu's Campaigns leads to an index of live campaigns only; Actions worldwide is in the menu", async ({ page }) => {
  await page.goto("/en");
  const menu = page.getByRole("navigation", { name: "Main" });
  await menu.getByRole("link", { name: "Campaigns" }).click();
  await expect(page).toHaveURL(/\/en\/campaigns$/);
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
  const slugs = await listedCampaigns(page);
  expect(slugs).toContain(live);
  expect(slugs).toContain(other);
  expect(slugs).toContain("kazakhstan-solidarity");
  expect(slugs).not.toContain(draft);
  await page.goto("/ru/campaigns");
  await expect(page.getByRole("heading", { level: 1, name: "Кампании" })).toBeVisible();

  await page.goto("/en");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actions worldwide" }).click();
  await expect(page).toHaveURL(/\/en\/actions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Actions worldwide" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the worldwide wall lists every live campaign's actions, with the same filters and pages", async ({ page }) => {
    await page.goto("/en/actions");
    await page.getByLabel("Country").selectOption("FR");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/en\/actions\?country=FR/);
    const paris = page.getByRole("listitem").filter({ hasText: `Paris ${stamp}` });
    await expect(paris).toBeVisible();
    await expect(paris.getByRole("link", { name: `Campaign: Campaign ${other}` })).toHaveAttribute("href", `/en/campaigns/${other}`);

    await page.goto("/en/actions?country=ES");
    await expect(page.getByText(`Madrid draft ${stamp}`)).toHaveCount(0);

    // Iceland: 11 reports from two campaigns, 10 a page; the filter is kept on page 2.
    await page.goto("/en/actions?country=IS&kind=protest");
    await expect(page.locator("#reports article")).toHaveCount(10);
    await page.getByRole("navigation", { name: "Pages of reports" }).getByRole("link", { name: "Older" }).click();
    await expect(page).toHaveURL(/country=IS&kind=protest&page=2/);
    await expect(page.locator("#reports article")).toHaveCount(1);
    await expect(page.getByText(`Iceland 0 ${stamp}`)).toBeVisible();
    await page.goto("/en/actions?kind=planned&country=DE");
    await expect(page.getByRole("article", { name: `Berlin picket ${stamp}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Reports" })).toHaveCount(0);
  });
});

test("pins at each city, clustered with their counts, happened and planned apart, and a text table", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/en/campaigns/${live}/actions`);
  const map = page.getByRole("img", { name: /World map of actions/ });
  await expect(map).toHaveAttribute("data-view", "world");
  const pins = map.locator("g[data-pin]");
  // Berlin (2 happened, 1 planned) and Potsdam (1) are one cluster at world scale; Lisbon and
  // Reykjavik are their own; the city the gazetteer did not know has no pin; pending and past ones do not count.
  await expect(pins).toHaveCount(3);
  const cluster = pins.filter({ has: page.locator("title", { hasText: /^Berlin, Germany and 1 more place/ }) });
  await expect(cluster).toHaveAttribute("data-happened", "3");
  await expect(cluster).toHaveAttribute("data-planned", "1");
  await expect(cluster).toHaveAttribute("data-places", "2");
  await expect(cluster.locator("text")).toHaveText("4");
  await expect(cluster.locator("title")).toHaveText("Berlin, Germany and 1 more place: 3 happened, 1 planned");
  await expect(pins.filter({ has: page.locator("title", { hasText: /^Lisbon/ }) })).toHaveAttribute("data-happened", "1");
  await expect(pins.filter({ has: page.locator("title", { hasText: /^Reykjavik/ }) }).locator("text")).toHaveText("6");
  // Countries are still shaded.
  await expect(map.locator('path[data-country="DE"]')).toHaveAttribute("data-count", "4");
  await expect(map.locator("desc")).toContainText("Germany 3 happened, 1 planned");

  const places = page.getByRole("table", { name: "Actions by place" });
  const berlinRow = places.getByRole("row", { name: /Berlin/ });
  await expect(berlinRow.locator("[data-happened]")).toHaveText("2");
  await expect(berlinRow.locator("[data-planned]")).toHaveText("1");
  await expect(places.getByRole("row", { name: /Potsdam/ }).locator("[data-happened]")).toHaveText("1");
  await expect(places.getByRole("row", { name: /Nowhereby/ })).toContainText("not on the map");
  await expect(places.getByRole("row", { name: /Hamburg/ })).toHaveCount(0);
  const countries = page.getByRole("table", { name: "Actions by country" });
  await expect(countries.getByRole("row", { name: /Germany/ }).locator("[data-happened]")).toHaveText("3");
  await expect(countries.getByRole("row", { name: /Germany/ }).locator("[data-planned]")).toHaveText("1");
  // The table of places sits in a region a keyboard can scroll, with a name.
  for (const region of await page.locator("[data-scroll-region]").all()) {
    await expect(region).toHaveAttribute("tabindex", "0");
    await expect(region).toHaveAttribute("aria-labelledby", /.+/);
  }
  await expect(page.getByRole("region", { name: "Actions by place" })).toBeVisible();
  await page.locator("figure").first().screenshot({ path: "/tmp/pages/map-desktop.png" });
});

test("on a phone the map zooms to the region with the pins", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/en/campaigns/${live}/actions`);
  const map = page.getByRole("img", { name: /World map of actions/ });
  await expect(map).toHaveCount(1);
  await expect(map).toHaveAttribute("data-view", "region");
  await expect(page.locator('svg[data-view="world"]')).toBeHidden();
  const [, , width] = ((await map.getAttribute("viewBox")) ?? "").split(" ").map(Number);
  expect(width).toBeLessThan(960);
  // Zoomed in, Berlin and Potsdam stay one cluster or split, but every counted action is on a pin.
  const counts = await map.locator("g[data-pin]").evaluateAll((pins) => pins.map((p) => Number(p.getAttribute("data-happened")) + Number(p.getAttribute("data-planned"))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(3 + 1 + 1 + 6);
  const box = await map.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await page.locator("figure").first().screenshot({ path: "/tmp/pages/map-phone.png" });
  await page.goto("/en/actions");
  await page.locator("figure").first().screenshot({ path: "/tmp/pages/map-phone-world.png" });
});

test("an organiser correcting a place moves the pin; looking the city up again puts it back", async ({ browser }) => {
  const user = createUser(uniqueEmail("placer"));
  addMember(liveId, user, "owner");
  const context = await browser.newContext({ extraHTTPHeaders: { cookie: createSession(user) } });
  const page = await context.newPage();
  const lisbonPin = async () => {
    await page.goto(`/en/campaigns/${live}/actions`);
    const pin = page.locator('svg[data-view="world"] g[data-pin]').filter({ has: page.locator("title", { hasText: /^Lisbon/ }) });
    return Number(await pin.locator("circle").first().getAttribute("cy"));
  };
  const before = await lisbonPin();

  await page.goto(`/en/organise/campaigns/${liveId}/reports/${lisbonReport}`);
  await expect(page.getByTestId("place-now")).toContainText("38.7167, -9.1333");
  await page.getByLabel("Latitude").fill("41.14961");
  await page.getByLabel("Longitude").fill("-8.61099");
  await page.getByRole("button", { name: "Save the place" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The place was saved." })).toBeVisible();
  await expect(page.getByTestId("place-now")).toContainText("41.1496, -8.6110. Set by an organiser.");
  expect(one<{ place_corrected: number }>("select place_corrected from action_reports where id = ?", lisbonReport)?.place_corrected).toBe(1);
  const moved = await lisbonPin();
  expect(moved).toBeLessThan(before - 3); // further north: higher on the map

  // A bad coordinate is refused next to the form, nothing changes.
  await page.goto(`/en/organise/campaigns/${liveId}/reports/${lisbonReport}`);
  await page.getByLabel("Latitude").fill("123");
  await page.getByRole("button", { name: "Save the place" }).click();
  await expect(page.locator("#place-error")).toHaveText("Enter a number of degrees, e.g. 52.52.");
  expect(await lisbonPin()).toBe(moved);

  // The offline gazetteer, in the running server, finds Lisbon again.
  await page.goto(`/en/organise/campaigns/${liveId}/reports/${lisbonReport}`);
  await page.getByRole("button", { name: "Look the city up again" }).click();
  await expect(page.getByTestId("place-now")).toContainText("38.7");
  expect(Math.abs((await lisbonPin()) - before)).toBeLessThan(1);
  await context.close();
});

test("rows written without coordinates (the demo seed) get their pin at start-up", async ({ page }) => {
  await expect
    .poll(async () => {
      await page.goto("/en/campaigns/kazakhstan-solidarity/actions");
      return page.locator('svg[data-view="world"] g[data-pin] title').filter({ hasText: /^London, United Kingdom/ }).count();
    })
    .toBe(1);
});
