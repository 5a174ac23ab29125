/**
 * Launching a campaign: a signed-in organiser who is not an instance admin creates a campaign, which
 * starts as a draft; its members preview its pages under a "Draft preview" banner (noindex, never
 * cached) while the public gets the same 404 as for no campaign, from every way in (pages, the JSON
 * API, signing, letters, the calendar file, the home page); the owner submits it; an instance admin
 * approves it (audited, the submitter emailed) and it goes live, or declines it with a reason (asked
 * first), and it stays hidden with the reason shown to its organisers.
 */
import AxeBuilder from "@axe-core/playwright";
import { type Page, request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { addMember, createCampaign, createLetterTemplate, createPlannedAction, createSession, createUser, one } from "./db";
import { APP_ORIGIN, expect, test } from "./fixtures";

const tag = Date.now().toString(36);

async function signedIn(browser: Browser, cookie: string, opts: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) {
  const context = await browser.newContext(opts);
  const [name, value] = cookie.split("=");
  await context.addCookies([{ name, value, url: APP_ORIGIN }]);
  return context;
}

/** No serious accessibility problem on the page as it stands. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`), page.url()).toEqual([]);
}

/**
 * What a visitor (or a scraper) can tell apart between two 404s: the markup outside the streamed
 * payload, and the payload's visible text. (The payload's chunks may arrive in another order.)
 */
function normalise404(html: string, slug: string): { shell: string; text: string[] } {
  const clean = html.replace(/nonce="[^"]*"/g, "").replace(/nonce[^,}]*==/g, "").replaceAll(slug, "SLUG");
  const text = [...clean.matchAll(/\\"children\\":\\"([^\\]+)\\"/g)].map((m) => m[1]).sort();
  return { shell: clean.replace(/<script[^>]*>[\s\S]*?<\/script>/g, ""), text };
}

async function expectPublic404(anon: APIRequestContext, paths: string[]) {
  for (const path of paths) expect((await anon.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
}

test("a non-admin organiser's campaign: draft, preview, hidden from the public, submitted, approved, live", async ({ browser, mailbox }) => {
  test.setTimeout(180_000);
  const launcherEmail = `launcher-${tag}@example.org`;
  const launcher = createUser(launcherEmail);
  const admin = createUser(`launch-admin-${tag}@example.org`, true);
  const org = await signedIn(browser, createSession(launcher));
  const page = await org.newPage();
  const anon = await playwrightRequest.newContext({ baseURL: APP_ORIGIN, extraHTTPHeaders: { origin: APP_ORIGIN } });

  // Create: the status can only be "Draft".
  await page.goto("/en/organise/campaigns/new");
  await expect(page.getByLabel("Status").locator("option")).toHaveText(["Draft"]);
  const title = `Free the Atyrau activists ${tag}`;
  const slug = `free-the-atyrau-activists-${tag}`;
  await page.getByLabel("Title").fill(title);
  await expect(page.getByLabel("Web address")).toHaveValue(slug);
  await page.getByLabel("Summary").fill("Activists held for planning a peaceful rally.");
  await page.getByLabel("Story").fill("Before **21 May 2016**, activists in Atyrau were arrested.");
  await page.getByLabel("Demands").fill("Release them\nDrop all charges");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("launch-status")).toContainText("Only this campaign's organisers can see it");
  const campaignId = Number(/campaigns\/(\d+)/.exec(page.url())![1]);
  expect(one<{ status: string }>("select status from campaigns where id = ?", campaignId)?.status).toBe("draft");

  // A petition in it, open (the campaign itself is not public).
  await page.getByRole("link", { name: "New petition" }).click();
  const petitionSlug = `release-atyrau-${tag}`;
  await page.getByLabel("Title").fill(`Release Atyrau ${tag}`);
  await page.getByLabel("Web address").fill(petitionSlug);
  await page.getByLabel("Addressed to").fill("The Government of the Republic of Kazakhstan");
  await page.getByLabel("Petition text").fill("Release them now.");
  await page.getByLabel("Signature goal").fill("100");
  await page.getByLabel("Status").selectOption("open");
  await page.getByRole("button", { name: "Create petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Release Atyrau ${tag}` })).toBeVisible();
  const petitionId = Number(/petitions\/(\d+)/.exec(page.url())![1]);
  const letterId = createLetterTemplate(campaignId, `Letter ${tag}`, "published");
  const actionId = createPlannedAction(campaignId, { title: `Picket ${tag}`, country: "DE", city: "Berlin", status: "approved", startsAt: Date.now() + 86_400_000 });

  // Preview: members see the pages as the public will, under the banner; noindex; never publicly cached.
  for (const path of [`/en/campaigns/${slug}`, `/en/petitions/${petitionSlug}`, `/en/letters/${letterId}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByTestId("draft-preview-banner"), path).toContainText("Draft preview");
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute("content", /noindex/);
    const cacheControl = res!.headers()["cache-control"] ?? "";
    expect(cacheControl, path).toContain("no-store");
    expect(cacheControl, path).not.toContain("public");
  }
  await page.goto(`/en/campaigns/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.screenshot({ path: "/tmp/launch/preview-campaign-desktop.png", fullPage: true });
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/en/petitions/${petitionSlug}`);
  await page.screenshot({ path: "/tmp/launch/preview-petition-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The public: the same 404 as for nothing at all, from every way in, also right after a member's preview.
  const missing = `no-such-campaign-${tag}`;
  const draft404 = await anon.get(`/en/campaigns/${slug}`);
  const none404 = await anon.get(`/en/campaigns/${missing}`);
  expect(draft404.status()).toBe(404);
  expect(none404.status()).toBe(404);
  expect(normalise404(await draft404.text(), slug)).toEqual(normalise404(await none404.text(), missing));
  expect(await draft404.text()).toContain("Page not found");
  expect(draft404.headers()["cache-control"]).toBe(none404.headers()["cache-control"]);
  await expectPublic404(anon, [
    `/en/campaigns/${slug}`,
    `/ru/campaigns/${slug}`,
    `/en/petitions/${petitionSlug}`,
    `/en/letters/${letterId}`,
    `/en/campaigns/${slug}/actions`,
    `/en/campaigns/${slug}/report`,
    `/api/petitions/${petitionSlug}`,
    `/api/actions/${actionId}/ics`,
  ]);
  expect((await anon.post(`/api/letters/${letterId}/txt`, { form: { recipient: "typed" } })).status()).toBe(404);
  expect(await (await anon.get("/en")).text()).not.toContain(title);
  expect(await (await anon.get(`/en/letters`)).text()).not.toContain(`Letter ${tag}`);

  // Signing is refused: the JSON API, and the no-JavaScript form (fields taken from the member's preview).
  const json = await anon.post(`/api/petitions/${petitionSlug}/signatures`, {
    data: { name: "Public Person", email: `public-${tag}@example.org`, country: "GB" },
  });
  expect(json.status()).toBe(404);
  const noJs = await signedIn(browser, createSession(launcher), { javaScriptEnabled: false });
  const formPage = await noJs.newPage();
  await formPage.goto(`/en/petitions/${petitionSlug}`);
  const fields = await formPage
    .locator("#sign form, form:has(input[name=email])")
    .first()
    .locator("input[type=hidden]")
    .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => [i.name, i.value] as [string, string]));
  await noJs.close();
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  for (const [k, v] of Object.entries({ name: "Public Person", email: `public2-${tag}@example.org`, country: "GB" })) form.append(k, v);
  const posted = await anon.post(`/en/petitions/${petitionSlug}`, { multipart: form, maxRedirects: 0 });
  expect(posted.status()).toBeLessThan(500);
  expect(one<{ n: number }>("select count(*) as n from signatures where petition_id = ?", petitionId)?.n).toBe(0);

  // Submit for approval.
  await page.goto(`/en/organise/campaigns/${campaignId}`);
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByTestId("launch-status")).toContainText("Awaiting approval");
  await expect(page.getByRole("button", { name: "Submit for approval" })).toHaveCount(0);
  await expectPublic404(anon, [`/en/campaigns/${slug}`]);
  await page.screenshot({ path: "/tmp/launch/workspace-submitted.png", fullPage: true });
  await expectAccessible(page);

  // An instance admin approves it.
  const adminContext = await signedIn(browser, createSession(admin));
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/en/organise/admin");
  await adminPage.getByRole("link", { name: /waiting/ }).click();
  const item = adminPage.getByTestId(`awaiting-${slug}`);
  await expect(item).toContainText(launcherEmail);
  await adminPage.screenshot({ path: "/tmp/launch/approvals-desktop.png", fullPage: true });
  await expectAccessible(adminPage);
  await item.getByRole("button", { name: "Approve and publish" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
  await expect(adminPage.getByTestId(`awaiting-${slug}`)).toHaveCount(0);

  expect(one<{ status: string }>("select status from campaigns where id = ?", campaignId)?.status).toBe("live");
  expect(one("select 1 from audit_log where action = 'campaign.approve' and entity_id = ? and actor_user_id = ?", String(campaignId), admin)).toBeTruthy();
  expect(one("select 1 from audit_log where action = 'campaign.submit' and entity_id = ? and actor_user_id = ?", String(campaignId), launcher)).toBeTruthy();
  const [mail] = await mailbox.waitFor(launcherEmail);
  expect(mail.subject).toBe(`Your campaign is live: ${title}`);
  expect(mail.text).toContain(`/en/campaigns/${slug}`);

  // Live: public, on the home page, no banner.
  const live = await anon.get(`/en/campaigns/${slug}`);
  expect(live.status()).toBe(200);
  expect(await live.text()).not.toContain("draft-preview-banner");
  expect(await (await anon.get("/en")).text()).toContain(title);
  expect((await anon.get(`/api/petitions/${petitionSlug}`)).status()).toBe(200);
  await anon.dispose();
  await org.close();
  await adminContext.close();
});

test("a declined campaign stays hidden and shows its organisers the reason; declining asks first", async ({ browser, mailbox }) => {
  test.setTimeout(120_000);
  const ownerEmail = `decline-owner-${tag}@example.org`;
  const owner = createUser(ownerEmail);
  const moderator = createUser(`decline-mod-${tag}@example.org`);
  const admin = createUser(`decline-admin-${tag}@example.org`, true);
  const slug = `to-be-declined-${tag}`;
  const campaignId = createCampaign(slug, "draft");
  addMember(campaignId, owner, "owner");
  addMember(campaignId, moderator, "moderator");
  const anon = await playwrightRequest.newContext({ baseURL: APP_ORIGIN });

  const org = await signedIn(browser, createSession(owner));
  const page = await org.newPage();
  await page.goto(`/en/organise/campaigns/${campaignId}`);
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByTestId("launch-status")).toContainText("Awaiting approval");

  // A moderator of the campaign previews it but cannot submit or publish it.
  const mod = await signedIn(browser, createSession(moderator));
  const modPage = await mod.newPage();
  expect((await modPage.goto(`/en/campaigns/${slug}`))?.status()).toBe(200);
  await expect(modPage.getByTestId("draft-preview-banner")).toBeVisible();
  await mod.close();

  const adminContext = await signedIn(browser, createSession(admin));
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/en/organise/admin/campaigns");
  await adminPage.getByTestId(`awaiting-${slug}`).getByRole("link", { name: "Decline…" }).click();
  // Asked first: nothing has changed yet.
  await expect(adminPage.getByRole("heading", { level: 1, name: /Decline/ })).toBeVisible();
  expect(one<{ status: string }>("select status from campaigns where id = ?", campaignId)?.status).toBe("submitted");
  await adminPage.getByRole("button", { name: "Decline the campaign" }).click();
  await expect(adminPage.locator("#decline-campaign [role=alert], #decline-campaign").getByText("This field is required.").first()).toBeVisible();
  const reason = `Please cite a source for the arrests ${tag}.`;
  await adminPage.getByLabel("Reason").fill(reason);
  await adminPage.screenshot({ path: "/tmp/launch/decline-desktop.png", fullPage: true });
  await expectAccessible(adminPage);
  await adminPage.getByRole("button", { name: "Decline the campaign" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Declined" })).toBeVisible();

  expect(one<{ status: string; decline_reason: string }>("select status, decline_reason from campaigns where id = ?", campaignId)).toEqual({
    status: "declined",
    decline_reason: reason,
  });
  expect(one("select 1 from audit_log where action = 'campaign.decline' and entity_id = ? and actor_user_id = ?", String(campaignId), admin)).toBeTruthy();
  const [mail] = await mailbox.waitFor(ownerEmail);
  expect(mail.subject).toContain("declined");
  expect(mail.text).toContain(reason);

  await expectPublic404(anon, [`/en/campaigns/${slug}`]);
  await page.goto(`/en/organise/campaigns/${campaignId}`);
  await expect(page.getByTestId("launch-status")).toContainText("declined");
  await expect(page.getByTestId("decline-reason")).toHaveText(reason);
  await expect(page.getByRole("button", { name: "Submit again for approval" })).toBeVisible();
  await page.goto("/en/organise");
  await expect(page.getByText("Declined · Owner")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/en/organise/campaigns/${campaignId}`);
  await page.screenshot({ path: "/tmp/launch/workspace-declined-phone.png", fullPage: true });
  await anon.dispose();
  await org.close();
  await adminContext.close();
});
