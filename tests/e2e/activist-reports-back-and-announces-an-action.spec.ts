/**
 * Report-backs and planned actions end to end: a report with a GPS-tagged JPEG goes submit → email →
 * confirm → moderation → approved, then appears on the actions wall and on its map, and its stored
 * photo has no EXIF; another is rejected and never appears; the form works without JavaScript; an organiser's planned action has a working .ics; an
 * activist's appears only after confirmation and approval; axe finds nothing serious.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { addMember, campaignIdBySlug, createSession, createUser, e2eDb, one } from "./db";
import { CAMPAIGN, expect, Mailbox, test, uniqueEmail } from "./fixtures";

const REPORT_FORM = `/en/campaigns/${CAMPAIGN}/report`;

async function gpsJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: "#b91c1c" } })
    .withExif({ IFD0: { Make: "PhoneMaker", Model: "Spyphone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 26/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 39/1" } })
    .jpeg()
    .toBuffer();
}

async function organiserPage(browser: Browser, role: "owner" | "editor" | "moderator") {
  const user = createUser(uniqueEmail(role));
  addMember(campaignIdBySlug(CAMPAIGN), user, role);
  const context = await browser.newContext({ extraHTTPHeaders: { cookie: createSession(user) } });
  return { context, page: await context.newPage() };
}

async function fillReport(page: Page, opts: { account: string; email: string; city: string; photo?: Buffer }) {
  await page.getByLabel("What did you do?").selectOption({ label: "Picket or protest held" });
  await page.getByLabel("Date").fill("2016-05-26");
  await page.getByLabel("City").fill(opts.city);
  await page.getByLabel("Country").selectOption("DE");
  await page.getByLabel("Embassy or consulate").selectOption({ label: "Embassy of the Republic of Kazakhstan, consular section" });
  await page.getByLabel("What happened").fill(opts.account);
  if (opts.photo) await page.getByLabel("Photos").setInputFiles({ name: "picket.jpg", mimeType: "image/jpeg", buffer: opts.photo });
  await page.getByLabel("Your organisation").fill("Test union branch");
  await page.getByLabel("Your email").fill(opts.email);
}

async function confirmByEmail(page: Page, mailbox: Mailbox, email: string, button: string) {
  const [message] = await mailbox.waitFor(email);
  const link = Mailbox.confirmLink(message);
  await page.goto(link);
  await page.getByRole("button", { name: button }).click();
}

const WALL = `/en/campaigns/${CAMPAIGN}/actions`;

/** How many actions the wall's map counts for a country (0 when it is not shaded). */
async function mapCount(page: Page, country: string): Promise<number> {
  await page.goto(WALL);
  return Number((await page.locator(`svg path[data-country="${country}"]`).first().getAttribute("data-count")) ?? 0);
}

const reportRow = (account: string) => one<{ id: number; status: string }>("select id, status from action_reports where account = ?", account)!;
const photoOf = (reportId: number) => one<{ path: string }>("select path from report_photos where report_id = ?", reportId)!.path;

test("report with a GPS-tagged photo: submit, confirm by email, approve; the stored photo has no EXIF", async ({ page, browser, request, mailbox }) => {
  const email = uniqueEmail("reporter");
  const account = `We held a picket at the consular section (${email}).`;
  await page.goto(REPORT_FORM);
  const photo = await gpsJpeg();
  expect((await sharp(photo).metadata()).exif).toBeDefined();
  await fillReport(page, { account, email, city: "Berlin", photo });
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  expect(reportRow(account).status).toBe("unconfirmed");

  const germanyBefore = await mapCount(page, "DE");
  await page.goto(REPORT_FORM);
  await confirmByEmail(page, mailbox, email, "Confirm my report");
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your report is confirmed" })).toBeVisible();
  const { id } = reportRow(account);
  // Confirmed but not yet moderated: not on the wall, not on the map.
  expect(await mapCount(page, "DE")).toBe(germanyBefore);
  await expect(page.getByText(account)).toHaveCount(0);
  expect(reportRow(account).status).toBe("pending");
  // Not public before approval, not even the photo.
  const photoPath = photoOf(id);
  expect((await request.get(photoPath)).status()).toBe(404);

  const { context, page: moderator } = await organiserPage(browser, "moderator");
  await moderator.goto(`/en/organise/campaigns/${campaignIdBySlug(CAMPAIGN)}/reports`);
  const item = moderator.getByTestId("report-item").filter({ hasText: account });
  await expect(item).toContainText(email); // the private contact email, for moderators only
  await expect(item.getByRole("img")).toHaveCount(1);
  await item.getByLabel("Reply to the author (optional, sent by email)").first().fill("Thank you, comrades in Berlin!");
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(moderator.getByRole("status").filter({ hasText: "The report is approved and public." })).toBeVisible();
  await expect(moderator.getByTestId("report-item").filter({ hasText: account })).toHaveCount(0);
  expect(reportRow(account).status).toBe("approved");
  await context.close();

  // The author is told, with the organiser's reply, in their own language, with the My-data footer.
  const [decision] = await mailbox.waitFor(email, 2); // newest first
  expect(decision.subject).toMatch(/^Your report for .+ is published$/);
  expect(decision.text).toContain("Thank you, comrades in Berlin!");
  expect(decision.text).toContain(`/en/campaigns/${CAMPAIGN}/actions`);
  expect(decision.text).toContain("/en/my-data");
  // Its place was looked up offline when it was sent: Berlin's coordinates are on the row.
  const placed = one<{ latitude: number; longitude: number }>("select latitude, longitude from action_reports where id = ?", id)!;
  expect(placed.latitude).toBeCloseTo(52.52, 1);
  expect(placed.longitude).toBeCloseTo(13.41, 1);

  // Approved: on the actions wall, and Germany is counted once more on the map.
  expect(await mapCount(page, "DE")).toBe(germanyBefore + 1);
  await expect(page.getByText(account)).toBeVisible();
  await expect(page.locator(`svg path[data-country="DE"]`).first()).not.toHaveAttribute("data-shade", "0");

  const served = await request.get(photoPath);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  const bytes = Buffer.from(await served.body());
  const meta = await sharp(bytes).metadata();
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(meta.iptc).toBeUndefined();
  expect(bytes.includes(Buffer.from("Exif"))).toBe(false);
  expect(bytes.includes(Buffer.from("Spyphone"))).toBe(false);
});

test("without JavaScript: errors next to fields, a photo too large, then a report that is rejected and never public", async ({ browser, request, mailbox }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(REPORT_FORM);
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.locator("#report-city-error")).toHaveText("This field is required.");
  await expect(page.locator("#report-contactEmail-error")).toHaveText("This field is required.");

  const email = uniqueEmail("nojs");
  const account = `Posted our letter, no JavaScript (${email}).`;
  await fillReport(page, { account, email, city: "Cologne" });
  await page.getByLabel("Photos").setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(10 * 1024 * 1024 + 10) });
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.locator("#report-photos-error")).toHaveText("A photo is larger than 10 MB. Choose a smaller one.");
  expect(one("select id from action_reports where account = ?", account)).toBeUndefined();

  await fillReport(page, { account, email, city: "Cologne", photo: await gpsJpeg() });
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await confirmByEmail(page, mailbox, email, "Confirm my report");
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your report is confirmed" })).toBeVisible();
  await context.close();

  const { context: modContext, page: moderator } = await organiserPage(browser, "owner");
  const queue = `/en/organise/campaigns/${campaignIdBySlug(CAMPAIGN)}/reports`;
  const germanyBefore = await mapCount(moderator, "DE");
  await moderator.goto(queue);
  const item = moderator.getByTestId("report-item").filter({ hasText: account });
  await item.getByText("Reject…").click();
  await item.getByLabel("Reply to the author (optional, sent by email)").last().fill("Sorry: the photo shows a worker's face.");
  await item.getByRole("button", { name: "Yes, reject" }).click();
  await expect(moderator.getByRole("status").filter({ hasText: "The report is rejected." })).toBeVisible();
  const { id, status } = reportRow(account);
  expect(status).toBe("rejected");
  await moderator.goto(`${queue}?status=approved`);
  await expect(moderator.getByTestId("report-item").filter({ hasText: account })).toHaveCount(0);
  await moderator.goto(`${queue}?status=rejected`);
  await expect(moderator.getByTestId("report-item").filter({ hasText: account })).toHaveCount(1);
  // Rejected: never on the wall, and the map's count for Germany did not move.
  expect(await mapCount(moderator, "DE")).toBe(germanyBefore);
  await expect(moderator.getByText(account)).toHaveCount(0);
  await modContext.close();
  expect((await request.get(photoOf(id))).status()).toBe(404);
  const [declined] = await mailbox.waitFor(email, 2); // newest first
  expect(declined.subject).toMatch(/^Your report for .+ was not published$/);
  expect(declined.text).toContain("Sorry: the photo shows a worker");
});

test("with JavaScript, a photo over 10 MB is refused before anything is sent", async ({ page }) => {
  await page.goto(REPORT_FORM);
  await page.getByLabel("Photos").setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(10 * 1024 * 1024 + 10) });
  await expect(page.locator("#report-photos-error")).toHaveText("A photo is larger than 10 MB. Choose a smaller one.");
});

test("an organiser's planned action is public at once with a working .ics download", async ({ browser, request }) => {
  const { context, page } = await organiserPage(browser, "editor");
  const campaignId = campaignIdBySlug(CAMPAIGN);
  const title = `Picket in Almaty time ${Date.now().toString(36)}`;
  await page.goto(`/en/organise/campaigns/${campaignId}/actions/new`);
  await page.getByLabel("What is it?").fill(title);
  await page.getByLabel("Starts").fill("2030-12-16T12:00");
  await page.getByLabel(/^Ends/).fill("2030-12-16T13:30");
  await page.getByLabel("Time zone of the place").selectOption("Asia/Almaty");
  await page.getByLabel("Where to meet").fill("Republic Square; by the monument, north side");
  await page.getByLabel("City").fill("Almaty");
  await page.getByLabel("Country").selectOption("KZ");
  await page.getByLabel("Public contact").fill("Solidarity group, info@example.org");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The planned action is published." })).toBeVisible();
  const card = page.getByTestId("planned-action").filter({ hasText: title });
  const href = await card.getByRole("link", { name: "Calendar file (.ics)" }).getAttribute("href");
  await context.close();

  const ics = await request.get(href!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(ics.headers()["content-disposition"]).toMatch(/^attachment; filename="picket-action-\d+-picket-in-almaty-time-[a-z0-9-]+\.ics"$/);
  const text = await ics.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain("\r\nDTSTART:20301216T070000Z\r\n");
  expect(text).toContain("\r\nDTEND:20301216T083000Z\r\n");
  expect(text.replace(/\r\n /g, "")).toContain("LOCATION:Republic Square\\; by the monument\\, north side\\, Almaty\\, ");
  expect(text.replace(/\r\n /g, "")).toContain("Contact: Solidarity group\\, info@example.org");
});

test("an activist's planned action appears only after email confirmation and approval", async ({ page, browser, request, mailbox }) => {
  const email = uniqueEmail("activist");
  const title = `Vigil ${Date.now().toString(36)}`;
  await page.goto(`/en/campaigns/${CAMPAIGN}/actions/new`);
  await page.getByLabel("What is it?").fill(title);
  await page.getByLabel("Starts").fill("2031-05-21T18:00");
  await page.getByLabel("Time zone of the place").selectOption("Europe/London");
  await page.getByLabel("Where to meet").fill("125 Pall Mall");
  await page.getByLabel("City").fill("London");
  await page.getByLabel("Country").selectOption("GB");
  await page.getByLabel("Public contact").fill("London group");
  await page.getByLabel("Your email").fill(email);
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  const { id } = one<{ id: number }>("select id from planned_actions where title = ?", title)!;
  const ics = () => request.get(`/api/actions/${id}/ics`).then((r) => r.status());
  expect(await ics()).toBe(404);

  await confirmByEmail(page, mailbox, email, "Confirm my planned action");
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your planned action is confirmed" })).toBeVisible();
  expect(await ics()).toBe(404);

  const { context, page: moderator } = await organiserPage(browser, "moderator");
  await moderator.goto(`/en/organise/campaigns/${campaignIdBySlug(CAMPAIGN)}/reports`);
  const item = moderator.getByTestId("planned-item").filter({ hasText: title });
  await expect(item).toContainText(email);
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(moderator.getByRole("status").filter({ hasText: "The planned action is approved and public." })).toBeVisible();
  await context.close();
  expect(await ics()).toBe(200);
});

test("axe finds no serious problem on the report form and the moderation page", async ({ page, browser }) => {
  const check = async (p: Page, label: string) => {
    const results = await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await page.goto(REPORT_FORM);
  await check(page, "report form");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.locator("#report-city-error")).toBeVisible();
  await check(page, "report form with errors");
  await page.goto(`/ru/campaigns/${CAMPAIGN}/actions/new`);
  await check(page, "propose an action (ru)");
  const { context, page: moderator } = await organiserPage(browser, "owner");
  await moderator.goto(`/en/organise/campaigns/${campaignIdBySlug(CAMPAIGN)}/reports?status=approved`);
  await check(moderator, "moderation page");
  await moderator.goto(`/en/organise/campaigns/${campaignIdBySlug(CAMPAIGN)}/actions`);
  await check(moderator, "planned actions page");
  await context.close();
});

test("a past planned action becomes an approved report, prefilled; a moderator corrects its text", async ({ browser }) => {
  const campaignId = campaignIdBySlug(CAMPAIGN);
  const title = `Past picket ${Date.now().toString(36)}`;
  const { lastInsertRowid } = e2eDb()
    .prepare(
      `insert into planned_actions (campaign_id, title, starts_at, time_zone, place, city, country, contact, organisation, locale, status, created_at)
       values (?, ?, ?, 'Europe/Berlin', 'Nordendstraße 14', 'Berlin', 'DE', 'Berlin group', 'Berlin solidarity group', 'en', 'approved', ?)`,
    )
    .run(campaignId, title, Date.UTC(2024, 11, 16, 11, 0), Date.now());
  const { context, page } = await organiserPage(browser, "editor");
  await page.goto(`/en/organise/campaigns/${campaignId}/actions/${lastInsertRowid}/report`);
  await expect(page.getByLabel("What did you do?")).toHaveValue("protest");
  await expect(page.getByLabel("Date")).toHaveValue("2024-12-16");
  await expect(page.getByLabel("City")).toHaveValue("Berlin");
  await expect(page.getByLabel("Your organisation")).toHaveValue("Berlin solidarity group");
  await expect(page.getByLabel("Your email")).toHaveCount(0);
  const account = `Forty people stood in the cold (${title}).`;
  await page.getByLabel("What happened").fill(account);
  await page.getByLabel("Photos").setInputFiles({ name: "p.jpg", mimeType: "image/jpeg", buffer: await gpsJpeg() });
  await page.getByRole("button", { name: "Publish the report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The report is saved and public." })).toBeVisible();
  const row = one<{ id: number; status: string; planned_action_id: number; created_by_user_id: string | null }>(
    "select id, status, planned_action_id, created_by_user_id from action_reports where account = ?",
    account,
  )!;
  expect(row).toMatchObject({ status: "approved", planned_action_id: Number(lastInsertRowid) });
  expect(row.created_by_user_id).toBeTruthy();

  // Typed before hydration, the textarea's text can be merged with its server value (see the session note).
  await page.goto(`/en/organise/campaigns/${campaignId}/reports/${row.id}`, { waitUntil: "networkidle" });
  await page.getByLabel("What happened").fill(`${account} Corrected.`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes to the report are saved." })).toBeVisible();
  expect(one<{ account: string }>("select account from action_reports where id = ?", row.id)!.account).toBe(`${account} Corrected.`);
  await page.goto(`/en/organise/campaigns/${campaignId}/reports/${row.id}`);
  await page.getByText("Remove photo…").click();
  await page.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The photo was removed." })).toBeVisible();
  expect(one("select id from report_photos where report_id = ?", row.id)).toBeUndefined();
  await context.close();
});
