/**
 * The organiser's path: sign in through the mailbox, create a campaign and a petition, publish them;
 * a supporter signs and confirms; the organiser sees it, exports it, downloads the delivery pack,
 * emails an update to the opted-in signer only, and one-click unsubscribe stops the next one.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, Mailbox, signInAsOrganiser, signInLink, test, uniqueEmail } from "./fixtures";
import { one } from "./db";
import { pdfText } from "./pdf-text";

async function signAndConfirm(browser: Browser, mailbox: Mailbox, slug: string, email: string, optIn: boolean, source?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/en/petitions/${slug}${source ? `?source=${source}` : ""}`);
  await page.getByLabel("Your name").fill("Org Supporter");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Country", { exact: true }).selectOption("IE");
  if (optIn) await page.getByLabel("Email me updates about this campaign").check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await page.goto(Mailbox.confirmLink((await mailbox.waitFor(email))[0]));
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
  await context.close();
}

test("an organiser launches a campaign and a petition, and delivers it", async ({ page, browser, mailbox, request }) => {
  test.setTimeout(120_000);
  await signInAsOrganiser(page, mailbox);
  const tag = Date.now().toString(36);

  await page.getByRole("link", { name: "New campaign" }).click();
  await page.getByLabel("Title").fill(`Free the Mangystau strikers ${tag}`);
  await expect(page.getByLabel("Web address")).toHaveValue(`free-the-mangystau-strikers-${tag}`);
  await page.getByLabel("Summary").fill("Oil-service workers jailed after the January strikes.");
  await page.getByLabel("Story").fill("In **January 2022** strikes spread from Zhanaozen.");
  await expect(page.locator("details").filter({ hasText: "Preview" }).locator("strong")).toHaveText("January 2022");
  await page.getByLabel("Demands").fill("Release the strikers\nDrop all charges");
  await page.getByLabel("Status").selectOption("live");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Free the Mangystau strikers ${tag}` })).toBeVisible();

  await page.getByRole("link", { name: "New petition" }).click();
  await page.getByLabel("Title").fill(`Release the strikers ${tag}`);
  await page.getByLabel("Addressed to").fill("The Government of the Republic of Kazakhstan");
  await page.getByLabel("Petition text").fill("Release them now.");
  await page.getByLabel("Signature goal").fill("100");
  await page.getByLabel("Status").selectOption("open");
  await page.getByRole("button", { name: "Create petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Release the strikers ${tag}` })).toBeVisible();
  const dashboard = page.url();
  const petitionId = /petitions\/(\d+)/.exec(dashboard)![1];
  const slug = `release-the-strikers-${tag}`;

  // Supporters: one asks for updates, one does not.
  const optedIn = uniqueEmail("optin");
  const optedOut = uniqueEmail("optout");
  await signAndConfirm(browser, mailbox, slug, optedIn, true, "newsletter");
  await signAndConfirm(browser, mailbox, slug, optedOut, false);

  await page.goto(dashboard);
  await expect(page.getByTestId("count-confirmed")).toHaveText("2");
  await expect(page.getByTestId("latest-signatures")).toContainText(optedIn);
  // Charts: titled, named bars with their values (hover and focus), and the numbers as a table.
  const sources = page.getByRole("figure", { name: "By source" });
  await expect(sources.getByRole("listitem", { name: "newsletter: 1 confirmed signature" })).toBeVisible();
  const overTime = page.getByRole("figure", { name: "Confirmed signatures per day (UTC)" });
  const today = overTime.getByRole("listitem").last();
  await expect(today).toHaveAttribute("aria-label", /: 2 confirmed signatures$/);
  await expect(today.locator(".chart-value")).toHaveCSS("opacity", "0");
  await today.focus();
  await expect(today.locator(".chart-value")).toHaveCSS("opacity", "1");
  await overTime.getByText("Show the numbers as a table").click();
  await expect(overTime.getByRole("table")).toContainText("2");
  await expect(page.getByRole("figure", { name: "By country" }).getByRole("listitem")).not.toHaveCount(0);

  const csv = await request.get(`/api/organise/petitions/${petitionId}/signatures.csv`, {
    headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ") },
  });
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(optedIn);
  expect(text.split("\r\n")[0]).toContain("consent_version");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Delivery pack (PDF), English" }).click();
  const pdfPath = await (await download).path();
  const pdf = await pdfText(pdfPath);
  expect(pdf).toContain(`Release the strikers ${tag}`);
  expect(pdf).toContain("Confirmed online: 2 signatures.");

  // Both are on the record.
  await page.goto(dashboard.replace(/\/petitions\/\d+$/, "/audit"));
  // …as sentences, not codes.
  await expect(page.getByRole("cell", { name: /exported the signatures of petition #\d+\./ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /downloaded the delivery pack of petition #\d+\./ })).toBeVisible();
  await expect(page.getByText("signatures.export")).toHaveCount(0);

  // An update by email reaches the opted-in signer only.
  await page.goto(dashboard.replace(/\/petitions\/\d+$/, ""));
  await page.getByRole("link", { name: "Post an update" }).click();
  await page.getByLabel("Headline").fill(`First update ${tag}`);
  await page.getByLabel("Text").fill("We handed the letters in.");
  await page.getByLabel("Also email it to signers who asked for updates").check();
  await page.getByRole("button", { name: "Publish update" }).click();
  await expect(page.getByText("and emailed to 1 signer who asked for updates")).toBeVisible();
  const updates = await mailbox.waitFor(optedIn, 2);
  const update = updates.find((m) => m.subject.startsWith(`First update ${tag}`))!;
  expect(update).toBeDefined();
  expect((await mailbox.list(optedOut)).some((m) => m.subject.includes("First update"))).toBe(false);

  // One-click unsubscribe (RFC 8058), with no cookies, stops the next update.
  expect(update.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = new URL(update.headers["List-Unsubscribe"].replace(/^<|>$/g, ""));
  const res = await request.fetch(`${oneClick.pathname}${oneClick.search}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(res.status()).toBe(200);

  // The unsubscribe page linked in the footer shows a button and confirms.
  const footerLink = /https?:\/\/[^\s]+\/unsubscribe\?t=[^\s\]]+/.exec(update.text)![0];
  await page.goto(new URL(footerLink).pathname + new URL(footerLink).search);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText("You will receive no more updates about this campaign.")).toBeVisible();
  await page.goto(dashboard.replace(/\/petitions\/\d+$/, ""));

  await page.getByRole("link", { name: "Post an update" }).click();
  await page.getByLabel("Headline").fill(`Second update ${tag}`);
  await page.getByLabel("Text").fill("More news.");
  await page.getByLabel("Also email it to signers who asked for updates").check();
  await page.getByRole("button", { name: "Publish update" }).click();
  await expect(page.getByText("Update published.")).toBeVisible();
  await new Promise((r) => setTimeout(r, 1000));
  expect((await mailbox.list(optedIn)).some((m) => m.subject.includes("Second update"))).toBe(false);
});

test("an owner invites an organiser, who signs in with the emailed link", async ({ page, browser, mailbox }) => {
  await signInAsOrganiser(page, mailbox);
  await page.getByRole("link", { name: /Solidarity with Kazakhstan/ }).click();
  await page.getByRole("link", { name: "Organisers" }).click();
  const invitee = uniqueEmail("invitee");
  await page.getByLabel("Email").fill(invitee);
  await page.getByLabel("Role").selectOption("moderator");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  await expect(page.getByRole("cell", { name: invitee, exact: true })).toBeVisible();

  const [invitation] = await mailbox.waitFor(invitee);
  expect(invitation.subject).toContain("You are invited to organise");
  // Who invited you, to what, with which role and what it allows; the link lasts a week, once.
  expect(invitation.text).toMatch(/Demo organiser has invited you to help organise the campaign “Solidarity with Kazakhstan/);
  expect(invitation.text).toContain("Your role: moderator. Moderators review signatures, report-backs and planned actions");
  expect(invitation.text).toContain("The link works once, within 7 days");
  const expires = one<{ expires: number }>("select max(expires) as expires from verification_tokens where identifier = ?", invitee)!.expires;
  expect(expires - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
  expect(expires - Date.now()).toBeLessThan(7.1 * 24 * 3600 * 1000);
  const context = await browser.newContext();
  const inviteePage = await context.newPage();
  await inviteePage.goto(signInLink(invitation));
  await inviteePage.getByRole("button", { name: "Sign in" }).click();
  await expect(inviteePage.getByRole("heading", { name: "Your campaigns" })).toBeVisible();
  await expect(inviteePage.getByText("Moderator")).toBeVisible();
  await context.close();

  // Single use: the same link a second time signs nobody in.
  const again = await browser.newContext();
  const againPage = await again.newPage();
  await againPage.goto(signInLink(invitation));
  await againPage.getByRole("button", { name: "Sign in" }).click();
  await expect(againPage.getByText(/link .*(expired|used|invalid)/i).first()).toBeVisible();
  await expect(againPage.getByRole("heading", { name: "Your campaigns" })).toHaveCount(0);
  await again.close();
});

test("leaving an organiser form with unsaved changes asks first; an untouched one does not", async ({ page, mailbox }) => {
  await signInAsOrganiser(page, mailbox);
  const campaignHref = await page.getByRole("link", { name: /Solidarity with Kazakhstan/ }).first().getAttribute("href");
  const newsUrl = `${campaignHref}/news/new`;

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.dismiss();
  });
  await page.goto(newsUrl, { waitUntil: "networkidle" }); // the warning exists once the form is hydrated
  await page.getByLabel("Headline").pressSequentially("A half-written update");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);

  const clean = await page.context().newPage();
  clean.on("dialog", (dialog) => dialogs.push(`clean:${dialog.type()}`));
  await clean.goto(newsUrl, { waitUntil: "networkidle" });
  await expect(clean.getByLabel("Headline")).toBeVisible();
  // With nothing typed, the page simply closes (a warning would hold it open).
  const closed = clean.waitForEvent("close", { timeout: 10_000 });
  await clean.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual(["beforeunload"]);
});
