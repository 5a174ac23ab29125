/**
 * The XSS corpus (tests/fixtures/xss-payloads.ts) in every field Picket renders — campaign, petition,
 * news, signers, report-backs, planned actions, directory — loaded in Chromium on every page that shows
 * them, public and organiser. Nothing may run: no dialog, nothing pushed to `window.__xss`, no
 * `javascript:` URL or `on*` attribute in the DOM, no script without the page's nonce. The CSP must
 * not have had to step in either: a violation means the escaping or the sanitiser let markup through.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { createHash, randomBytes } from "node:crypto";
import { ALL_PAYLOADS_LINE as CORPUS_LINE, ALL_PAYLOADS_TEXT as CORPUS_TEXT, XSS_PAYLOADS as CORPUS } from "../fixtures/xss-payloads";
import { addMember, createActionReport, createCampaign, createMission, createNews, createPetition, createPlannedAction, createSession, createSignature, createUser, e2eDb } from "./db";
import { expect, test } from "./fixtures";

/**
 * The corpus as the app could have stored it. Every form refuses control characters
 * (lib/validation/fields.ts), so a NUL reaches the database only through a direct write like this
 * seed; stored raw, it would make the page invalid HTML (the checker at the end of the run says so)
 * for a reason no user can cause. The NUL-split payloads ("java\0script:") are stored with U+FFFD,
 * as a browser reads a NUL; the sanitiser's unit tests (tests/unit/xss-markdown.test.ts) keep them raw.
 */
const storable = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD");
const XSS_PAYLOADS = CORPUS.map(storable);
const LINE = storable(CORPUS_LINE);
const TEXT = storable(CORPUS_TEXT);

interface Seeded {
  slug: string;
  campaignId: number;
  openPetition: string;
  wonPetition: string;
  ids: { openPetition: number; wonPetition: number; report: number; pendingReport: number; action: number; pendingAction: number; mission: number; letter: number };
  tokens: { signature: string; report: string; action: string };
  cookie: string;
}

/** A pending submission's token, stored hashed as the app stores it. */
function token(): { token: string; hash: string } {
  const t = randomBytes(32).toString("base64url");
  return { token: t, hash: createHash("sha256").update(t, "utf8").digest("hex") };
}

function seed(): Seeded {
  const db = e2eDb();
  const tag = randomBytes(4).toString("hex");
  const slug = `xss-${tag}`;
  const campaignId = createCampaign(slug);
  db.prepare("update campaigns set title = ?, summary = ?, story = ?, demands = ? where id = ?").run(LINE, LINE, TEXT, JSON.stringify(XSS_PAYLOADS), campaignId);

  const openPetition = `xss-open-${tag}`;
  const openId = createPetition(campaignId, openPetition);
  db.prepare("update petitions set title = ?, addressee = ?, body = ? where id = ?").run(LINE, LINE, TEXT, openId);
  const wonPetition = `xss-won-${tag}`;
  const wonId = createPetition(campaignId, wonPetition);
  db.prepare("update petitions set title = ?, addressee = ?, body = ?, status = 'won', victory_note = ?, closed_at = ? where id = ?").run(LINE, LINE, TEXT, TEXT, Date.now(), wonId);

  // One signer per payload (name, city, organisation, comment), and the whole corpus last so it is the most recent.
  const signers = [...XSS_PAYLOADS, LINE];
  for (const p of signers) {
    const sig = createSignature(openId, { comment: p });
    db.prepare("update signatures set name = ?, city = ?, organisation = ? where id = ?").run(p, p, p, sig);
    createSignature(wonId, { comment: p });
  }
  db.prepare("update signatures set name = ? where petition_id = ?").run(LINE, wonId);
  const sigToken = token();
  db.prepare(
    `insert into signatures (petition_id, name, email, email_fingerprint, country, comment, name_display, opt_in_updates, consent_version, locale, status, token_hash, token_expires_at, created_at)
     values (?, ?, ?, ?, 'GB', ?, 'full', 0, 'test', 'en', 'pending', ?, ?, ?)`,
  ).run(openId, LINE, `xss-pending-${tag}@example.org`, randomBytes(16).toString("hex"), TEXT, sigToken.hash, Date.now() + 86_400_000, Date.now());

  createNews(campaignId, LINE, TEXT);
  for (const p of XSS_PAYLOADS.slice(0, 5)) createNews(campaignId, p, p);

  const mission = createMission(campaignId, {
    name: LINE,
    headTitle: LINE,
    headName: LINE,
    addressLines: [...XSS_PAYLOADS],
    email: LINE,
    phone: LINE,
    website: 'https://example.org/"><script>alert(1)</script>',
    source: LINE,
    verifiedOn: "2026-01-01",
    notes: TEXT,
  });
  // A website that never passed the form's check (an old import, a hand-edited database) is still not a script link.
  createMission(campaignId, { name: "Bad website", hostCountry: "FR", website: "javascript:window.__xss.push(1)", source: "javascript:alert(1)" });

  const report = createActionReport(campaignId, { country: "GB", city: LINE, status: "approved", kind: "reply_received", account: TEXT, replyText: TEXT, organisation: LINE });
  db.prepare("update action_reports set mission_id = ? where id = ?").run(mission, report);
  const pendingReport = createActionReport(campaignId, { country: "FR", city: LINE, status: "pending", account: TEXT, replyText: TEXT, organisation: LINE });
  const reportToken = token();
  const unconfirmed = createActionReport(campaignId, { country: "DE", city: LINE, status: "unconfirmed", account: TEXT, organisation: LINE });
  db.prepare("update action_reports set token_hash = ?, token_expires_at = ? where id = ?").run(reportToken.hash, Date.now() + 86_400_000, unconfirmed);

  const startsAt = Date.now() + 7 * 86_400_000;
  const action = createPlannedAction(campaignId, { title: LINE, country: "GB", city: LINE, status: "approved", startsAt, place: LINE, contact: LINE });
  const pendingAction = createPlannedAction(campaignId, { title: LINE, country: "FR", city: LINE, status: "pending", startsAt, place: LINE, contact: LINE });
  const actionToken = token();
  const unconfirmedAction = createPlannedAction(campaignId, { title: LINE, country: "DE", city: LINE, status: "unconfirmed", startsAt, place: LINE, contact: LINE });
  db.prepare("update planned_actions set description = ?, organisation = ? where campaign_id = ?").run(TEXT, LINE, campaignId);
  db.prepare("update planned_actions set token_hash = ?, token_expires_at = ? where id = ?").run(actionToken.hash, Date.now() + 86_400_000, unconfirmedAction);

  // A published letter template whose every organiser-written field carries the corpus (the body as
  // Markdown, with a real merge field so the directory entry's payloads are merged in too).
  const letter = Number(
    db
      .prepare(
        `insert into letter_templates (campaign_id, title, purpose, language, recipient_kind, subject, salutation, body, sign_off, status, created_at)
         values (?, ?, ?, 'en', 'embassy', ?, 'Dear {{recipient.name}},', ?, ?, 'published', ?)`,
      )
      .run(campaignId, LINE, TEXT, LINE, `${TEXT}\n\n{{recipient.address}} {{sender.name}}`, LINE, Date.now()).lastInsertRowid,
  );

  const owner = createUser(`xss-owner-${tag}@example.org`);
  addMember(campaignId, owner, "owner");
  return {
    slug,
    campaignId,
    openPetition,
    wonPetition,
    ids: { openPetition: openId, wonPetition: wonId, report, pendingReport, action, pendingAction, mission, letter },
    tokens: { signature: sigToken.token, report: reportToken.token, action: actionToken.token },
    cookie: createSession(owner),
  };
}

/** Records anything a payload could make the page do; installed before any page script runs. */
async function watch(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: unknown[]; __csp: string[] };
    w.__xss = [];
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
}

/** What a payload left in the DOM that a browser could act on. */
async function domDangers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "background", "poster"];
    // React renders this into forms whose action is a client function; it is React's, not user content.
    const reactForm = "javascript:throw new Error('React form unexpectedly submitted.')";
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on")) found.push(`<${el.tagName.toLowerCase()} ${name}>`);
        // eslint-disable-next-line no-control-regex
        const scheme = attr.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (urlAttributes.includes(name) && /^(javascript|vbscript|data):/.test(scheme) && attr.value !== reactForm) {
          found.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value.slice(0, 80)}">`);
        }
      }
    }
    for (const s of Array.from(document.querySelectorAll("script"))) {
      // Chunks that Next's own (nonce'd) loader adds later are allowed by 'strict-dynamic': same-origin build files.
      const nextChunk = s.src && new URL(s.src).origin === location.origin && new URL(s.src).pathname.startsWith("/_next/static/");
      if (!s.nonce && !nextChunk && s.type !== "application/json" && s.type !== "application/ld+json") found.push(`script without nonce: ${s.outerHTML.slice(0, 80)}`);
    }
    // The proof-of-work widget adds its own stylesheet (#altcha-css); any other style element is suspect.
    for (const el of Array.from(document.querySelectorAll("iframe, object, embed, base, meta[http-equiv], link[href*='evil'], style:not([nonce]):not(#altcha-css)"))) {
      found.push(`<${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 80)}`);
    }
    return found;
  });
}

let seeded: Seeded;
test.beforeAll(() => {
  seeded = seed();
});

/** Every page that renders a seeded field: its name, its URL once seeded, and whether an organiser sees it. */
const ORG = (s: Seeded) => `/en/organise/campaigns/${s.campaignId}`;
const PAGES: [string, (s: Seeded) => string, boolean][] = [
  ["home", () => "/en", false],
  ["campaign", (s) => `/en/campaigns/${s.slug}`, false],
  ["campaign (Russian)", (s) => `/ru/campaigns/${s.slug}`, false],
  ["open petition (recent signers)", (s) => `/en/petitions/${s.openPetition}`, false],
  ["won petition (victory note)", (s) => `/en/petitions/${s.wonPetition}`, false],
  ["petition thanks", (s) => `/en/petitions/${s.openPetition}/thanks`, false],
  ["petition confirm", (s) => `/en/confirm/${s.tokens.signature}`, false],
  ["actions wall", (s) => `/en/campaigns/${s.slug}/actions`, false],
  ["report form (directory names)", (s) => `/en/campaigns/${s.slug}/report`, false],
  ["letters list", (s) => `/en/letters?campaign=${s.slug}`, false],
  ["letter writing page", (s) => `/en/letters/${s.ids.letter}`, false],
  ["propose an action", (s) => `/en/campaigns/${s.slug}/actions/new`, false],
  ["report confirm", (s) => `/en/reports/confirm/${s.tokens.report}`, false],
  ["planned action confirm", (s) => `/en/planned-actions/confirm/${s.tokens.action}`, false],
  ["organiser dashboard", ORG, true],
  ["organiser campaign edit", (s) => `${ORG(s)}/edit`, true],
  ["organiser petition (signers and comments)", (s) => `${ORG(s)}/petitions/${s.ids.openPetition}`, true],
  ["organiser won petition", (s) => `${ORG(s)}/petitions/${s.ids.wonPetition}`, true],
  ["organiser petition edit", (s) => `${ORG(s)}/petitions/${s.ids.wonPetition}/edit`, true],
  ["moderation (pending)", (s) => `${ORG(s)}/reports`, true],
  ["moderation (approved)", (s) => `${ORG(s)}/reports?status=approved`, true],
  ["report detail", (s) => `${ORG(s)}/reports/${s.ids.report}`, true],
  ["pending report detail", (s) => `${ORG(s)}/reports/${s.ids.pendingReport}`, true],
  ["organiser planned actions", (s) => `${ORG(s)}/actions`, true],
  ["planned action edit", (s) => `${ORG(s)}/actions/${s.ids.action}/edit`, true],
  ["directory", (s) => `${ORG(s)}/directory`, true],
  ["directory entry edit", (s) => `${ORG(s)}/directory/${s.ids.mission}/edit`, true],
  ["news form", (s) => `${ORG(s)}/news/new`, true],
  ["organiser letters", (s) => `${ORG(s)}/letters`, true],
  ["letter template edit", (s) => `${ORG(s)}/letters/${s.ids.letter}/edit`, true],
];

test.describe("the XSS corpus in every rendered field", () => {
  test("the harness notices a payload that runs", async ({ browser, baseURL }) => {
    // The same checks, on a page where the payload is deliberately live: proves a pass means something.
    const context = await browser.newContext();
    await watch(context);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${baseURL}/en`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<a href="javascript:alert(1)">x</a><img src="/nope.png" onerror="window.__xss.push(1)">');
    });
    await page.waitForTimeout(300);
    expect(await domDangers(page)).toHaveLength(2);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBeGreaterThan(0);
    await context.close();
  });

  for (const [name, urlOf, organiser] of PAGES) {
    test(`${name}: nothing runs`, async ({ browser, baseURL }) => {
      const url = urlOf(seeded);
      const context = await browser.newContext(organiser ? { extraHTTPHeaders: { cookie: seeded.cookie } } : {});
      await watch(context);
      const page = await context.newPage();
      const dialogs: string[] = [];
      const pageErrors: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      page.on("pageerror", (e) => pageErrors.push(e.message));
      const res = await page.goto(`${baseURL}${url}`);
      expect(res?.status(), url).toBe(200);
      // Some payload text must be on the page, or the page did not render the seeded record.
      await expect(page.locator("body")).toContainText("window.__xss.push(1)");
      await page.waitForLoadState("networkidle");
      // Hover and focus everything a payload could have hooked, then give timers a moment.
      await page.mouse.move(200, 300);
      await page.keyboard.press("Tab");
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => {
        const w = window as unknown as { __xss: unknown[]; __csp: string[] };
        return { pushed: w.__xss.length, csp: w.__csp };
      });
      expect(dialogs, "dialogs").toEqual([]);
      expect(state.pushed, "window.__xss").toBe(0);
      expect(state.csp, "CSP violations (the sanitiser let something through)").toEqual([]);
      expect(await domDangers(page), "dangerous DOM").toEqual([]);
      expect(pageErrors.filter((e) => /alert|__xss|React has blocked/i.test(e)), "page errors").toEqual([]);
      await context.close();
    });
  }

  test("letter writing page: the corpus typed into the sender fields shows up in the preview as text", async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await watch(context);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${baseURL}/en/letters/${seeded.ids.letter}`, { waitUntil: "networkidle" });
    await page.getByLabel("Country", { exact: true }).selectOption({ index: 1 });
    // Short enough to pass the fields' length limits, so the letter is composed with them.
    await page.getByLabel("Your name").fill('<script>window.__xss.push(1)</script><img src=x onerror="window.__xss.push(1)">');
    await page.getByLabel("Your organisation").fill("[click me](javascript:window.__xss.push(1)) <svg onload=alert(1)>");
    await expect(page.getByTestId("letter-preview")).toContainText("window.__xss.push(1)");
    await page.mouse.move(300, 400);
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => {
      const w = window as unknown as { __xss: unknown[]; __csp: string[] };
      return { pushed: w.__xss.length, csp: w.__csp };
    });
    expect(dialogs, "dialogs").toEqual([]);
    expect(state.pushed, "window.__xss").toBe(0);
    expect(state.csp, "CSP violations").toEqual([]);
    expect(await domDangers(page), "dangerous DOM").toEqual([]);
    await context.close();
  });
});
