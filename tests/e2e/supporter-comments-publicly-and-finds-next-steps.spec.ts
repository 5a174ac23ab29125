/**
 * Public comments, next steps after confirming, and a story that starts with its own title:
 * - a signer ticks "show my comment publicly", confirms, and the comment appears on the petition page,
 *   newest first and paginated (plain links); a moderator hides it and it is gone; an unticked one never shows;
 * - the confirmed page offers "Write a protest letter" only when the campaign has published letters,
 *   and joining an action only when one is planned;
 * - a campaign story starting with a heading equal to the title does not show the title twice.
 */
import fs from "node:fs";
import { addMember, createCampaign, createPetition, createPlannedAction, createSession, createUser, e2eDb } from "./db";
import { expect, Mailbox, SignForm, test, uniqueEmail } from "./fixtures";

const SHOTS = "/tmp/pack";

function insertPublicComment(petitionId: number, name: string, comment: string, confirmedAt: number) {
  e2eDb()
    .prepare(
      `insert into signatures (petition_id, name, email, email_fingerprint, country, comment, comment_public, name_display, opt_in_updates,
         consent_version, locale, status, created_at, confirmed_at)
       values (?, ?, ?, ?, 'SE', ?, 1, 'full', 0, 'test', 'en', 'confirmed', ?, ?)`,
    )
    .run(petitionId, name, `${name.replace(/\W/g, "")}-${confirmedAt}@example.org`, `fp-${name}-${confirmedAt}`, comment, confirmedAt, confirmedAt);
}

test("a public comment shows on the petition page, newest first and paginated, until a moderator hides it", async ({ page, browser, mailbox }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const tag = Date.now().toString(36);
  const campaignId = createCampaign(`comments-${tag}`);
  const slug = `comments-petition-${tag}`;
  const petitionId = createPetition(campaignId, slug);

  const email = uniqueEmail("commenter");
  const quiet = uniqueEmail("quiet");
  await page.goto(`/en/petitions/${slug}`);
  await expect(page.getByRole("checkbox", { name: /^Show my comment publicly/ })).not.toBeChecked();
  await new SignForm(page).sign({ name: "Dana Commenter", email, country: "DE", nameDisplay: "First name and country", comment: `Solidarity from Leipzig ${tag}`, commentPublic: true });
  await page.goto(`/en/petitions/${slug}`);
  await new SignForm(page).sign({ name: "Quiet Person", email: quiet, country: "FR", comment: `For the organisers only ${tag}` });
  for (const address of [email, quiet]) {
    await page.goto(Mailbox.confirmLink((await mailbox.waitFor(address))[0]));
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
  }

  await page.goto(`/en/petitions/${slug}`);
  const comments = page.getByTestId("public-comments");
  await expect(comments).toContainText(`Solidarity from Leipzig ${tag}`);
  await expect(comments).toContainText("Dana · Germany");
  await expect(comments).not.toContainText("Commenter");
  await expect(page.getByText(`For the organisers only ${tag}`)).toHaveCount(0);

  // Ten newer comments push it to the second page; the links work without JavaScript.
  const now = Date.now();
  for (let i = 1; i <= 10; i++) insertPublicComment(petitionId, `Later Signer ${i}`, `Later comment ${i} ${tag}`, now + i * 1000);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  // Rows written straight to the database do not invalidate the page micro-cache: a query of its own.
  await plain.goto(`/en/petitions/${slug}?after=${now}`);
  const first = plain.getByTestId("public-comments").getByRole("listitem");
  await expect(first).toHaveCount(10);
  await expect(first.first()).toContainText(`Later comment 10 ${tag}`);
  await expect(first.last()).toContainText(`Later comment 1 ${tag}`);
  await expect(plain.getByTestId("public-comments")).not.toContainText(`Solidarity from Leipzig ${tag}`);
  await plain.setViewportSize({ width: 1280, height: 900 });
  await plain.getByRole("heading", { name: /What signers say/ }).scrollIntoViewIfNeeded();
  await plain.screenshot({ path: `${SHOTS}/comments-desktop.png` });
  await plain.getByRole("navigation", { name: "Comment pages" }).getByRole("link", { name: "Older" }).click();
  await expect(plain).toHaveURL(/comments=2/);
  await expect(plain.getByTestId("public-comments").getByRole("listitem")).toHaveCount(1);
  await expect(plain.getByTestId("public-comments")).toContainText(`Solidarity from Leipzig ${tag}`);
  await noScript.close();

  // A moderator hides it: it leaves the public page.
  const moderator = createUser(`comment-moderator-${tag}@example.org`);
  addMember(campaignId, moderator, "moderator");
  const context = await browser.newContext({ extraHTTPHeaders: { cookie: createSession(moderator) } });
  const dashboard = await context.newPage();
  await dashboard.goto(`/en/organise/campaigns/${campaignId}/petitions/${petitionId}`);
  const row = dashboard.getByRole("row").filter({ hasText: `Solidarity from Leipzig ${tag}` });
  await expect(row.getByTestId("public-comment-badge")).toHaveText("public");
  await row.getByRole("button", { name: "Hide comment" }).click();
  await expect(dashboard.getByRole("row").filter({ hasText: email }).getByRole("button", { name: "Show comment" })).toBeVisible();
  await context.close();

  await expect
    .poll(async () => {
      await page.goto(`/en/petitions/${slug}?comments=2`);
      return page.getByText(`Solidarity from Leipzig ${tag}`).count();
    })
    .toBe(0);
  await page.goto(`/en/petitions/${slug}`);
  await expect(page.getByRole("heading", { name: "What signers say (10)" })).toBeVisible();
});

test("the confirmed page offers a protest letter only when the campaign has letters, and an action only when one is planned", async ({ page }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const tag = Date.now().toString(36);
  const campaignId = createCampaign(`next-${tag}`);
  const slug = `next-petition-${tag}`;
  createPetition(campaignId, slug);

  await page.goto(`/en/petitions/${slug}/confirmed`);
  const steps = page.getByTestId("next-steps");
  await expect(steps.getByRole("link", { name: "Report an action you took" })).toHaveAttribute("href", `/en/campaigns/next-${tag}/report`);
  await expect(steps.getByRole("link", { name: "Write a protest letter" })).toHaveCount(0);
  await expect(steps.getByRole("link", { name: /Join/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Share" })).toBeVisible();
  // The campaign page does not offer letters it has not got either.
  await page.goto(`/en/campaigns/next-${tag}`);
  await expect(page.getByRole("link", { name: "Write a protest letter" })).toHaveCount(0);

  // A draft letter is not enough; a published one is.
  const insertLetter = (status: string) =>
    e2eDb()
      .prepare(
        `insert into letter_templates (campaign_id, title, purpose, language, recipient_kind, subject, salutation, body, sign_off, status, created_at)
         values (?, ?, 'Purpose', 'en', 'embassy', 'Subject', 'Dear Ambassador', 'Body', 'Yours', ?, ?)`,
      )
      .run(campaignId, `Letter ${status} ${tag}`, status, Date.now());
  insertLetter("draft");
  await page.goto(`/en/petitions/${slug}/confirmed`);
  await expect(steps.getByRole("link", { name: "Write a protest letter" })).toHaveCount(0);
  insertLetter("published");
  createPlannedAction(campaignId, { title: `Picket ${tag}`, country: "DE", city: "Berlin", status: "approved", startsAt: Date.now() + 86_400_000 });
  await expect
    .poll(async () => {
      await page.goto(`/en/petitions/${slug}/confirmed`);
      return steps.getByRole("link", { name: "Write a protest letter" }).count();
    })
    .toBe(1);
  await expect(steps.getByRole("link", { name: "Write a protest letter" })).toHaveAttribute("href", `/en/letters?campaign=next-${tag}`);
  await expect(steps.getByRole("link", { name: "Join a planned action" })).toHaveAttribute("href", `/en/campaigns/next-${tag}/actions`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/confirmed-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/confirmed-desktop.png`, fullPage: true });
  await page.goto(`/en/campaigns/next-${tag}`);
  await expect(page.getByRole("link", { name: "Write a protest letter" })).toBeVisible();
});

test("a story that starts with the campaign's title shows the title once", async ({ page }) => {
  const tag = Date.now().toString(36);
  const campaignId = createCampaign(`heading-${tag}`);
  e2eDb()
    .prepare("update campaigns set story = ? where id = ?")
    .run(`#  campaign   HEADING-${tag}\n\nIn December 2011 police fired on striking oil workers.\n\n## What we ask\n\nJustice.`, campaignId);
  await page.goto(`/en/campaigns/heading-${tag}`);
  await expect(page.getByRole("heading", { level: 1, name: `Campaign heading-${tag}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: new RegExp(`campaign\\s+heading-${tag}`, "i") })).toHaveCount(1);
  await expect(page.getByText("In December 2011 police fired on striking oil workers.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What we ask" })).toBeVisible();
});
