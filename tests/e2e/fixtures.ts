/**
 * Playwright fixtures: the local mailbox, the public API, and a page object for the sign form.
 * The e2e server (scripts/e2e-server.mjs) writes its mailbox token to data/e2e/mailbox.token.
 */
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { recordPages } from "./page-record";

export const MAIN_PETITION = "free-the-land-protesters";
export const URGENT_PETITION = "urgent-medical-care-for-yerlan";
export const CAMPAIGN = "kazakhstan-solidarity";
/** The e2e server's own origin (playwright.config.ts picks the port). */
export const APP_ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

export interface MailMessage {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  createdAt: string;
}

export function mailboxToken(): string {
  return fs.readFileSync(path.join(process.cwd(), "data", "e2e", "mailbox.token"), "utf8").trim();
}

export class Mailbox {
  constructor(private readonly request: APIRequestContext) {}

  async list(to: string): Promise<MailMessage[]> {
    const res = await this.request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`, {
      headers: { authorization: `Bearer ${mailboxToken()}` },
    });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { messages: MailMessage[] }).messages;
  }

  /** Waits until `to` has at least `count` messages and returns them, newest first. */
  async waitFor(to: string, count = 1): Promise<MailMessage[]> {
    let messages: MailMessage[] = [];
    await expect
      .poll(async () => (messages = await this.list(to)).length, { timeout: 15_000, intervals: [200, 300, 500] })
      .toBeGreaterThanOrEqual(count);
    return messages;
  }

  static confirmLink(message: MailMessage): string {
    const match = /https?:\/\/[^\s]+\/confirm\/[A-Za-z0-9_-]+/.exec(message.text);
    if (!match) throw new Error(`no confirm link in: ${message.text}`);
    return new URL(match[0]).pathname;
  }
}

export async function apiCount(request: APIRequestContext, slug: string): Promise<number> {
  const res = await request.get(`/api/petitions/${slug}`, { headers: { "cache-control": "no-cache" } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { signatureCount: number }).signatureCount;
}

export async function pageCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("signature-count").getAttribute("data-count"));
}

export interface Signer {
  name: string;
  email: string;
  country?: string;
  city?: string;
  organisation?: string;
  comment?: string;
  commentPublic?: boolean;
  nameDisplay?: "Full name and country" | "First name and country" | "Anonymous";
  optIn?: boolean;
}

/** The sign form on a petition page, driven by its visible labels (English UI). */
export class SignForm {
  constructor(private readonly page: Page) {}

  async fill(s: Signer) {
    const p = this.page;
    await p.getByLabel("Your name").fill(s.name);
    await p.getByLabel("Email", { exact: true }).fill(s.email);
    if (s.country !== "") await p.getByLabel("Country", { exact: true }).selectOption(s.country ?? "GB");
    if (s.city) await p.getByLabel("City").fill(s.city);
    if (s.organisation) await p.getByLabel("Organisation").fill(s.organisation);
    if (s.comment) await p.getByRole("textbox", { name: /^Comment/ }).fill(s.comment);
    if (s.commentPublic) await p.getByRole("checkbox", { name: /^Show my comment publicly/ }).check();
    if (s.nameDisplay) await p.getByLabel(s.nameDisplay).check();
    if (s.optIn) await p.getByLabel("Email me updates about this campaign").check();
  }

  async submit() {
    await this.page.getByRole("button", { name: "Sign the petition" }).click();
  }

  async sign(s: Signer) {
    await this.fill(s);
    await this.submit();
    await expect(this.page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  }
}

let seq = 0;
/** A unique address per test run, so tests never collide on the shared e2e database. */
export function uniqueEmail(tag: string): string {
  seq++;
  return `${tag}-${Date.now().toString(36)}-${seq}@example.org`;
}

export const test = base.extend<{ mailbox: Mailbox; signForm: SignForm }, { recordingBrowser: void }>({
  mailbox: async ({ request }, use) => use(new Mailbox(request)),
  signForm: async ({ page }, use) => use(new SignForm(page)),
  // Every context, the default one and those tests open themselves, records the pages it is sent
  // (tests/e2e/page-record.ts), for the HTML and cookie checks at the end of the run.
  recordingBrowser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const context = await newContext(...args);
        recordPages(context);
        return context;
      };
      await use();
    },
    { scope: "worker", auto: true },
  ],
});

export const DEMO_ORGANISER = "organiser@example.org";

export async function signInAsOrganiser(page: Page, mailbox: Mailbox, email = DEMO_ORGANISER) {
  const before = (await mailbox.list(email)).length;
  await page.goto("/en/organise");
  await expect(page).toHaveURL(/\/en\/organise\/sign-in/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const [message] = await mailbox.waitFor(email, before + 1);
  expect(message.subject).toBe("Your Picket sign-in link");
  await page.goto(signInLink(message));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your campaigns" })).toBeVisible();
}

export function signInLink(message: MailMessage): string {
  const match = /https?:\/\/[^\s]+\/organise\/sign-in\/verify\?[^\s]+/.exec(message.text);
  if (!match) throw new Error(`no sign-in link in: ${message.text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}

export { expect };
