/**
 * The recipient directory in the browser: a CSV import reports its bad rows and writes nothing until
 * the organiser chooses, then writes exactly the valid rows; the export holds the seeded Ottawa
 * entry; seeded entries are flagged for checking; a moderator can read but not write; forms and
 * the import work without JavaScript; axe finds nothing serious.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import fs from "node:fs";
import { addMember, createCampaign, createSession, createUser, one } from "./db";
import { CAMPAIGN, DEMO_ORGANISER, expect, test } from "./fixtures";

const tag = Date.now().toString(36);
const HEADER = "host_country,kind,name,head_title,head_name,address_lines,email,phone,website,source,verified_on,notes";

const count = (campaignId: number) => one<{ n: number }>("select count(*) as n from missions where campaign_id = ?", campaignId)!.n;
const names = (campaignId: number) =>
  (
    one<{ names: string | null }>("select group_concat(name, '|') as names from (select name from missions where campaign_id = ? order by name)", campaignId)
      ?.names ?? ""
  )
    .split("|")
    .filter(Boolean);

/** A fresh campaign with a member of `role`, and a browser context signed in as that member. */
async function signedIn(browser: Browser, baseURL: string, role: "owner" | "editor" | "moderator", opts: { javaScriptEnabled?: boolean; campaignId?: number } = {}) {
  const campaignId = opts.campaignId ?? createCampaign(`dir-${role}-${tag}-${Math.random().toString(36).slice(2, 7)}`);
  const userId = createUser(`dir-${role}-${tag}-${Math.random().toString(36).slice(2, 7)}@example.org`);
  addMember(campaignId, userId, role);
  const [name, value] = createSession(userId).split("=");
  const context = await browser.newContext({ javaScriptEnabled: opts.javaScriptEnabled ?? true });
  await context.addCookies([{ name, value, url: baseURL }]);
  return { campaignId, context, page: await context.newPage() };
}

const demoCampaignId = () => one<{ id: number }>("select id from campaigns where slug = ?", CAMPAIGN)!.id;

async function demoOwner(browser: Browser, baseURL: string) {
  const user = one<{ id: string }>("select id from users where email = ?", DEMO_ORGANISER)!;
  const [name, value] = createSession(user.id).split("=");
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: baseURL }]);
  return { context, page: await context.newPage() };
}

async function reportRows(page: Page): Promise<string[][]> {
  return page
    .locator("#import-report-heading ~ div table tbody tr")
    .evaluateAll((rows) => (rows as HTMLTableRowElement[]).map((r) => [...r.cells].map((c) => (c.textContent ?? "").trim())));
}

async function expectNoSeriousViolations(page: Page, label: string) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const MIXED = [
  HEADER,
  `GB,embassy,Good Mission ${tag} A,Ambassador,Ms Example,"1 Example Street
London",mission@example.org,+44 20 0000 0000,https://example.org,A test source,2024-03-01,`,
  `XX,embassy,Bad Country ${tag},,,,,,,,,`,
  `DE,consulate,Good Mission ${tag} B,,,,,,,,,`,
  `FR,embassy,Bad Contacts ${tag},,,,not-an-email,,ftp://example.org,,2016-02-30,`,
].join("\r\n");

test("a CSV with bad rows is reported row by row, nothing is written until the organiser imports only the valid rows", async ({ browser, baseURL }) => {
  const { campaignId, context, page } = await signedIn(browser, baseURL!, "editor");
  await page.goto(`/en/organise/campaigns/${campaignId}/directory`);
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import the directory from CSV" })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles({ name: "directory.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${MIXED}`, "utf8") });
  await page.getByRole("button", { name: "Check the rows" }).click();

  await expect(page.getByRole("heading", { name: "Check report" })).toBeVisible();
  await expect(page.getByTestId("import-summary")).toHaveText("4 rows read: 2 valid (2 new, 0 updates), 2 with problems.");
  expect(await reportRows(page)).toEqual([
    ["3", "host_country", "Use a two-letter ISO country code, like GB or DE."],
    ["5", "email", "Enter a valid email address, like name@example.org."],
    ["5", "website", "Enter a full web address starting with https:// or http://."],
    ["5", "verified_on", "Enter a real date as YYYY-MM-DD, e.g. 2026-05-25."],
  ]);
  await expect(page.getByRole("button", { name: /Import all/ })).toHaveCount(0);
  expect(count(campaignId)).toBe(0);

  await page.getByRole("button", { name: "Import only the 2 valid rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import done" })).toHaveText(
    "Import done: 2 new entries, 0 updated; 2 rows with problems were left out.",
  );
  expect(names(campaignId)).toEqual([`Good Mission ${tag} A`, `Good Mission ${tag} B`]);
  const audit = one<{ detail: string }>("select detail from audit_log where campaign_id = ? and action = 'directory.import'", campaignId);
  expect(JSON.parse(audit!.detail)).toEqual({ mode: "valid", inserted: 2, updated: 0, skipped: 2 });
  // The imported entry is shown with its country, address and trust state.
  const entry = page.getByRole("article", { name: `Good Mission ${tag} A` });
  await expect(entry).toContainText("1 Example Street");
  await expect(entry).toContainText("Check before sending: last verified");
  await context.close();
});

test("without JavaScript: paste, check, import all; add with errors next to the fields; delete after confirming", async ({ browser, baseURL }) => {
  const { campaignId, context, page } = await signedIn(browser, baseURL!, "owner", { javaScriptEnabled: false });
  const base = `/en/organise/campaigns/${campaignId}/directory`;
  await page.goto(`${base}/import`);
  await page.getByLabel("Or paste the CSV text").fill([HEADER, `ca,embassy,Pasted ${tag},,,,,,,,,`].join("\n"));
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("1 row read: 1 valid (1 new, 0 updates), 0 with problems.");
  expect(count(campaignId)).toBe(0);
  await page.getByRole("button", { name: "Import all 1 row" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import done" })).toBeVisible();
  expect(names(campaignId)).toEqual([`Pasted ${tag}`]);

  // The same file again updates the entry instead of adding one.
  await page.goto(`${base}/import`);
  await page.getByLabel("Or paste the CSV text").fill([HEADER, `CA,embassy,Pasted ${tag},,,,,,,,,Now with a note`].join("\n"));
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("1 row read: 1 valid (0 new, 1 update), 0 with problems.");
  await page.getByRole("button", { name: "Import all 1 row" }).click();
  await expect(page.getByRole("article", { name: `Pasted ${tag}` })).toContainText("Now with a note");
  expect(count(campaignId)).toBe(1);

  await page.goto(`${base}/new`);
  await page.getByLabel("Host country").selectOption("NO");
  await page.getByLabel("Name", { exact: true }).fill(`Typed ${tag}`);
  await page.getByLabel("Email").fill("nope");
  await page.getByLabel("Website").fill("example.org");
  await page.getByLabel("Last verified on").fill("2999-12-31");
  await page.getByRole("button", { name: "Add entry" }).click();
  await expect(page.locator("#form-mission-email-error")).toHaveText("Enter a valid email address, like name@example.org.");
  await expect(page.locator("#form-mission-website-error")).toHaveText("Enter a full web address starting with https:// or http://.");
  await expect(page.locator("#form-mission-verifiedOn-error")).toHaveText("This date is in the future.");
  expect(count(campaignId)).toBe(1);
  await page.getByLabel("Email").fill("embassy@example.org");
  await page.getByLabel("Website").fill("https://example.org");
  await page.getByLabel("Last verified on").fill("2024-01-15");
  await page.getByLabel("Postal address").fill("Street 1\nOslo");
  await page.getByLabel("Form of address").selectOption({ label: "Chargé d'affaires: “Dear Chargé d'affaires,”" });
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/directory-form.png`, fullPage: true });
  await page.getByRole("button", { name: "Add entry" }).click();
  await expect(page.getByRole("status")).toHaveText("Entry saved.");
  await expect(page.getByRole("heading", { level: 2, name: "Norway" })).toBeVisible();

  const created = one<{ id: number; address_form: string }>("select id, address_form from missions where campaign_id = ? and name = ?", campaignId, `Typed ${tag}`)!;
  expect(created.address_form).toBe("charge");
  await page.getByRole("link", { name: `Delete Typed ${tag}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete this entry?" })).toBeVisible();
  expect(one("select id from missions where id = ?", created.id)).toBeTruthy();
  await page.getByRole("button", { name: "Delete the entry" }).click();
  await expect(page.getByRole("status")).toHaveText("Entry deleted.");
  expect(one("select id from missions where id = ?", created.id)).toBeUndefined();
  expect(one("select id from audit_log where action = 'directory.delete' and entity_id = ?", String(created.id))).toBeTruthy();
  await context.close();
});

test("the export downloads a CSV with the seeded Ottawa entry; seeded entries are flagged for checking", async ({ browser, baseURL }) => {
  const { context, page } = await demoOwner(browser, baseURL!);
  await page.goto(`/en/organise/campaigns/${demoCampaignId()}/directory`);
  const ottawa = page.getByRole("article").filter({ hasText: "150 Metcalfe Street" });
  await expect(ottawa).toContainText("Check before sending: last verified May 25, 2016");
  await expect(ottawa).toContainText("Mr Konstantin Zhigalov");
  await expect(page.getByRole("article", { name: "Consulate-General of the Republic of Kazakhstan in Sydney" })).toContainText(
    "Not verified — check before sending",
  );
  await expect(page.getByText("Address not verified — check before sending")).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^kazakhstan-solidarity-directory-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
  expect(csv).toContain(
    'CA,embassy,Embassy of the Republic of Kazakhstan,Ambassador of the Republic of Kazakhstan to Canada,Mr Konstantin Zhigalov,"150 Metcalfe Street, Suites 1603-1604\nOttawa, ON K2P 1P1\nCanada"',
  );
  expect(csv).toContain(",2016-05-25,");

  // In Russian too.
  await page.goto(`/ru/organise/campaigns/${demoCampaignId()}/directory`);
  await expect(page.getByRole("heading", { level: 2, name: "Канада" })).toBeVisible();
  await expect(page.getByText("Не проверено — проверьте перед отправкой").first()).toBeVisible();
  await context.close();
});

test("a moderator reads the directory but cannot reach or use any write page or action", async ({ browser, baseURL, request }) => {
  const { campaignId, context, page } = await signedIn(browser, baseURL!, "moderator");
  const missionId = Number(
    one<{ id: number }>("insert into missions (campaign_id, host_country, kind, name, created_at) values (?, 'GB', 'embassy', ?, ?) returning id", campaignId, `Kept ${tag}`, Date.now())!.id,
  );
  const base = `/en/organise/campaigns/${campaignId}/directory`;
  const list = await page.goto(base);
  expect(list?.status()).toBe(200);
  await expect(page.getByRole("article", { name: `Kept ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add an entry" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import CSV" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  for (const path of [`${base}/new`, `${base}/import`, `${base}/${missionId}/edit`, `${base}/${missionId}/delete`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  // The export is reading: allowed. Without a session it is not.
  expect((await page.request.get(`/api/organise/campaigns/${campaignId}/directory.csv`)).status()).toBe(200);
  expect((await request.get(`/api/organise/campaigns/${campaignId}/directory.csv`)).status()).toBe(401);

  // The server actions themselves refuse: the forms' action ids, taken from an owner's pages, posted as the moderator.
  const owner = await signedIn(browser, baseURL!, "owner", { campaignId, javaScriptEnabled: false });
  const actionFields = async (path: string, selector: string) => {
    await owner.page.goto(path);
    return owner.page
      .locator(selector)
      .first()
      .locator('input[name^="$ACTION"]')
      .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => [i.name, i.value] as [string, string]));
  };
  const post = async (path: string, action: [string, string][], fields: Record<string, string>, as = page) => {
    const form = new FormData();
    for (const [k, v] of action) form.append(k, v);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const res = await as.request.post(path, { multipart: form, maxRedirects: 0, headers: { origin: baseURL! } });
    expect(res.status(), path).toBeLessThan(500);
  };
  const save = await actionFields(`${base}/new`, "#form-mission");
  await post(`${base}/new`, save, { campaignId: String(campaignId), missionId: String(missionId), hostCountry: "GB", kind: "embassy", name: `Renamed ${tag}` });
  await post(`${base}/new`, save, { campaignId: String(campaignId), hostCountry: "FR", kind: "embassy", name: `Added ${tag}` });
  const del = await actionFields(`${base}/${missionId}/delete`, "#delete-mission");
  await post(`${base}/${missionId}/delete`, del, { campaignId: String(campaignId), missionId: String(missionId) });
  const imp = await actionFields(`${base}/import`, "form:has(textarea[name=csv])");
  await post(`${base}/import`, imp, { campaignId: String(campaignId), intent: "importAll", csv: `${HEADER}\nES,embassy,Imported ${tag},,,,,,,,,` });
  expect(names(campaignId)).toEqual([`Kept ${tag}`]);
  expect(one("select id from audit_log where campaign_id = ? and action like 'directory.%'", campaignId)).toBeUndefined();
  // The same post as the owner does take effect: the refusals above are the permission check, not a bad request.
  await post(`${base}/new`, save, { campaignId: String(campaignId), hostCountry: "FR", kind: "embassy", name: `Added ${tag}` }, owner.page);
  expect(names(campaignId)).toEqual([`Added ${tag}`, `Kept ${tag}`]);
  await owner.context.close();
  await context.close();
});

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`accessibility of the directory pages on ${viewport.name}`, async ({ browser, baseURL }) => {
    const { context, page } = await demoOwner(browser, baseURL!);
    await page.setViewportSize(viewport);
    const base = `/en/organise/campaigns/${demoCampaignId()}/directory`;
    const firstId = one<{ id: number }>("select min(id) as id from missions where campaign_id = ?", demoCampaignId())!.id;
    for (const path of [base, `/ru/organise/campaigns/${demoCampaignId()}/directory`, `${base}/new`, `${base}/${firstId}/edit`, `${base}/${firstId}/delete`, `${base}/import`]) {
      await page.goto(path);
      await expectNoSeriousViolations(page, path);
    }
    // The form with its errors showing, and the import report.
    await page.goto(`${base}/new`);
    await page.getByRole("button", { name: "Add entry" }).click();
    await expect(page.locator("[data-field-error]").first()).toBeVisible();
    await expectNoSeriousViolations(page, "new entry with errors");
    await page.goto(`${base}/import`);
    await page.getByLabel("Or paste the CSV text").fill(MIXED);
    await page.getByRole("button", { name: "Check the rows" }).click();
    await expect(page.getByRole("heading", { name: "Check report" })).toBeVisible();
    await expectNoSeriousViolations(page, "import report");
    await context.close();
  });
}
