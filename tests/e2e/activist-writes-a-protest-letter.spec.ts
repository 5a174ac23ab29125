/**
 * Protest letters end to end: an organiser's misspelt merge field is refused at save time (with
 * and without JavaScript) and nothing is saved; a valid template is saved and, published, listed
 * on /letters. An activist without JavaScript addresses the demo letter to the Ottawa embassy and
 * gets the same letter as preview, PDF, Word and text, plus a mailto link whose control explains
 * what will happen (a long letter's link stays short and says the letter is attached); with
 * JavaScript the letter follows the typing. axe finds no serious problem; a phone needs no sideways scrolling.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import fs from "node:fs/promises";
import { addMember, createSession, createUser, one } from "./db";
import { CAMPAIGN, expect, test } from "./fixtures";
import { pdfText } from "./pdf-text";

const DEMO_LETTER = "The right to protest in Kazakhstan: a letter to Kazakhstan's ambassador";
const OTTAWA = ["150 Metcalfe Street, Suites 1603-1604", "Ottawa, ON K2P 1P1"];
const SENDER = "Morgan Activist-Lee";
const DATE = "May 26, 2026";
const tag = Date.now().toString(36);

function campaignId(): number {
  return one<{ id: number }>("select id from campaigns where slug = ?", CAMPAIGN)!.id;
}

let organisers = 0;
async function organiserContext(browser: Browser, baseURL: string, javaScriptEnabled = true) {
  const userId = createUser(`letters-${tag}-${++organisers}@example.org`);
  addMember(campaignId(), userId, "editor");
  const [name, value] = createSession(userId).split("=");
  const context = await browser.newContext({ javaScriptEnabled });
  await context.addCookies([{ name, value, url: baseURL }]);
  return context;
}

const templateCount = (title: string) => one<{ n: number }>("select count(*) as n from letter_templates where title = ?", title)!.n;

async function fillTemplate(page: Page, title: string, body: string) {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Purpose").fill("For student unions abroad.");
  await page.getByLabel("Language of the letter").selectOption("en");
  await page.getByLabel("Addressed to").selectOption("embassy");
  await page.getByLabel("Subject").fill("Release the strikers");
  await page.getByLabel("Salutation").fill("Dear {{recipient.name}},");
  await page.getByLabel("Letter text").fill(body);
  await page.getByLabel("Sign-off").fill("Yours sincerely,");
  await page.getByLabel("Status").selectOption("published");
}

const TYPO_MESSAGE = "{{recipient.nmae}} is not a merge field — did you mean {{recipient.name}}?";

test("a misspelt merge field is refused at save time, next to the field, and nothing is saved", async ({ browser, baseURL }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await organiserContext(browser, baseURL!, javaScriptEnabled);
    const page = await context.newPage();
    const title = `Typo letter ${tag} ${javaScriptEnabled ? "js" : "nojs"}`;
    await page.goto(`/en/organise/campaigns/${campaignId()}/letters/new`);
    await fillTemplate(page, title, "We write to {{recipient.nmae}} about the strikers.");
    await page.getByRole("button", { name: "Create template" }).click();
    await expect(page.locator("#letter-template-form-body-error")).toHaveText(TYPO_MESSAGE);
    await expect(page.getByLabel("Letter text")).toHaveAttribute("aria-invalid", "true");
    expect(templateCount(title)).toBe(0);
    await context.close();
  }
});

test("a valid template is saved with a live preview and, once published, appears on /letters", async ({ browser, baseURL }) => {
  const context = await organiserContext(browser, baseURL!);
  const page = await context.newPage();
  const title = `Student union letter ${tag}`;
  await page.goto(`/en/organise/campaigns/${campaignId()}/letters/new`);
  await fillTemplate(page, title, "On {{date}}, {{sender.name}} writes about the **Mangystau** strikers.");
  const preview = page.getByTestId("letter-preview");
  await expect(preview).toContainText("Alex Example writes about the Mangystau strikers.");
  await expect(preview.locator("strong", { hasText: "Mangystau" })).toBeVisible();
  await expect(preview).toContainText("150 Metcalfe Street, Suites 1603-1604");
  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page.getByRole("status")).toHaveText("Template saved.");
  await expect(page.getByRole("cell", { name: title, exact: true })).toBeVisible();
  expect(templateCount(title)).toBe(1);
  const audit = one<{ n: number }>("select count(*) as n from audit_log where action = 'letter_template.create' and entity_id = (select cast(id as text) from letter_templates where title = ?)", title);
  expect(audit!.n).toBe(1);

  await page.goto("/en/letters?language=en");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await context.close();
});

test("without JavaScript: choose the demo letter and Canada, preview it, download PDF, Word and text, and email it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/letters?campaign=${CAMPAIGN}`);
  await page.getByRole("link", { name: DEMO_LETTER }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_LETTER })).toBeVisible();

  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Canada" });
  await page.getByLabel("Your name").fill(SENDER);
  await page.getByLabel("Your role").fill("Branch secretary");
  await page.getByLabel("Your organisation").fill("Ottawa Solidarity Committee");
  await page.getByLabel("Date on the letter").fill("2026-05-26");
  await page.getByRole("button", { name: "Show my letter" }).click();

  const preview = page.getByTestId("letter-preview");
  for (const text of [...OTTAWA, SENDER, DATE, "Your Excellency,"]) await expect(preview).toContainText(text);
  // The directory entry is old: the page says so next to the recipient.
  await expect(page.getByTestId("recipient-entry")).toContainText("Check before sending");
  await expect(page.getByTestId("recipient-entry")).toContainText("May 2016");
  await expect(page.getByLabel("Your name")).toHaveValue(SENDER);

  const download = async (name: string) => {
    const event = page.waitForEvent("download");
    await page.getByRole("button", { name }).click();
    const file = await event;
    return { file: (await file.path())!, name: file.suggestedFilename() };
  };
  const pdf = await download("Download PDF");
  expect(pdf.name).toMatch(/-ca\.pdf$/);
  const pdfContent = await pdfText(pdf.file);
  for (const text of [...OTTAWA, SENDER, DATE]) expect(pdfContent).toContain(text);

  const docx = await download("Download Word (.docx)");
  expect(docx.name).toMatch(/\.docx$/);
  const xml = strFromU8(unzipSync(new Uint8Array(await fs.readFile(docx.file)))["word/document.xml"]);
  for (const text of [...OTTAWA, SENDER, DATE]) expect(xml).toContain(text);

  const txt = await download("Download text (.txt)");
  const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);
  const plain = await fs.readFile(txt.file, "utf8");
  expect(lines(plain)).toEqual(lines(await preview.innerText()));

  const emailLink = page.getByRole("link", { name: "Email it" });
  const mailto = new URL((await emailLink.getAttribute("href"))!);
  expect(mailto.protocol).toBe("mailto:");
  // The demo entry has no email address: no "to", but the subject and the letter are filled in.
  expect(mailto.pathname).toBe("");
  expect(mailto.searchParams.get("subject")).toBe("No more arrests for planning a protest: remember May 2016");
  expect(mailto.searchParams.get("body")).toContain("Your Excellency,");
  expect(mailto.searchParams.get("body")).toContain(SENDER);
  // The control says what will happen, and is described by that explanation.
  await expect(emailLink).toHaveAccessibleDescription(/opens your own email program.*Nothing is sent until you press Send.*no email address for this recipient/);
  await expect(page.locator("#email-long")).toHaveCount(0);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/letter-nojs-desktop.png`, fullPage: true });
  await context.close();
});

test("a long letter's Email it link stays under 2,000 characters: a short note, the letter's page, and the page explains it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const id = one<{ id: number }>("select id from letter_templates where title = ?", DEMO_LETTER)!.id;
  await page.goto(`/en/letters/${id}`);
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "United Kingdom" });
  await page.getByLabel("Your name").fill(SENDER);
  const names = Array.from({ length: 40 }, (_, i) => `Co-signer Number ${i + 1}, Branch secretary, Union local ${i + 1}`).join("\n");
  await page.getByLabel("Co-signatories").fill(names);
  await page.getByLabel("Date on the letter").fill("2026-12-03");
  await page.getByRole("button", { name: "Show my letter" }).click();
  await expect(page.getByTestId("letter-preview")).toContainText("supporters in the United Kingdom");
  await expect(page.getByTestId("letter-preview")).toContainText("3 December 2026");
  const emailLink = page.getByRole("link", { name: "Email it" });
  const href = (await emailLink.getAttribute("href"))!;
  expect(href.length).toBeLessThanOrEqual(2000);
  const body = new URL(href).searchParams.get("body")!;
  expect(body).toContain("is attached to this email as a PDF");
  expect(body).toMatch(new RegExp(`/en/letters/${id}\\b`));
  await expect(page.locator("#email-long")).toContainText("download the PDF and attach it");
  await expect(emailLink).toHaveAccessibleDescription(/download the PDF and attach it/);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/letter-long-phone.png`, fullPage: true });
  await context.close();
});

test("a download posted from another site, or without an Origin, is refused", async ({ request }) => {
  const id = one<{ id: number }>("select id from letter_templates where title = ?", DEMO_LETTER)!.id;
  for (const headers of [{ origin: "https://evil.example" }, { origin: "null" }, {} as Record<string, string>]) {
    const res = await request.post(`/api/letters/${id}/txt`, { headers, form: { recipient: "CA", senderName: "Someone" } });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
  }
});

test("with JavaScript the letter follows what you type", async ({ page }) => {
  const id = one<{ id: number }>("select id from letter_templates where title = ?", DEMO_LETTER)!.id;
  await page.goto(`/en/letters/${id}`);
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Canada" });
  await page.getByLabel("Your name").fill("Ann Typist");
  const preview = page.getByTestId("letter-preview");
  await expect(preview).toContainText("Ann Typist");
  await page.getByLabel("Your name").fill("Ann Typist-Changed");
  await expect(preview).toContainText("Ann Typist-Changed");
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Germany" });
  await expect(preview).toContainText("13156 Berlin");
  await expect(preview).toContainText("Dear Sir or Madam,");
  // Posted in Germany: the country line once, in German.
  await expect(preview).toContainText("Deutschland");
  await expect(page.getByText("Paper: A4")).toBeVisible();
});

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`letters pages on ${viewport.name}: no serious accessibility problem, no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const id = one<{ id: number }>("select id from letter_templates where title = ?", DEMO_LETTER)!.id;
    const check = async (label: string) => {
      await expect(page).toHaveTitle(/\S/);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
    };
    await page.goto("/en/letters");
    await check("/en/letters");
    await page.goto(`/en/letters/${id}`);
    await check("writing page");
    await page.getByLabel("Country", { exact: true }).selectOption({ label: "Canada" });
    await page.getByLabel("Your name").fill("Axe Checker");
    await page.getByRole("button", { name: "Show my letter" }).click();
    await expect(page.getByTestId("letter-preview")).toContainText("Axe Checker");
    await check("writing page with the letter");
    const russian = one<{ id: number }>("select id from letter_templates where language = 'ru' and status = 'published' order by id limit 1")!.id;
    await page.goto(`/ru/letters/${russian}`);
    await check("Russian writing page");
  });
}
