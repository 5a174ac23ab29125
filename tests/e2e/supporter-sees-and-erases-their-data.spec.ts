/**
 * "My data" end to end: a signer asks for a link, opens it from the local mailbox, presses the button,
 * sees the signature with its consent, downloads the JSON, and erases everything (the public count goes
 * down by one) — with and without JavaScript. An unknown address gets the same answer and no email.
 */
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CONSENT_VERSION } from "@/lib/petitions/consent";
import { apiCount, expect, Mailbox, MAIN_PETITION, SignForm, test, uniqueEmail, type MailMessage } from "./fixtures";

function myDataLink(message: MailMessage): string {
  const match = /https?:\/\/[^\s]+\/my-data\/[A-Za-z0-9_-]{43}/.exec(message.text);
  if (!match) throw new Error(`no my-data link in: ${message.text}`);
  return new URL(match[0]).pathname;
}

async function expectNoSeriousAxeViolations(page: Page) {
  // Next streams the <title> of a page reached by a client-side redirect: check once it is there.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

async function signAndConfirm(page: Page, mailbox: Mailbox, email: string) {
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await new SignForm(page).sign({ name: "Dana Private", email, country: "DE", city: "Leipzig" });
  await expect(page).toHaveURL(/\/thanks$/);
  await page.goto(Mailbox.confirmLink((await mailbox.waitFor(email))[0]));
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
}

async function askForLink(page: Page, email: string) {
  await page.goto("/en/my-data");
  await page.getByLabel("Your email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText("If Picket holds anything about this address, we've sent a link");
}

async function linkFromMailbox(mailbox: Mailbox, email: string): Promise<string> {
  let link = "";
  await expect
    .poll(async () => {
      const found = (await mailbox.list(email)).find((m) => m.text.includes("/my-data/"));
      link = found ? myDataLink(found) : "";
      return link;
    })
    .not.toBe("");
  return link;
}

test("a signer sees their signature and consent, downloads it, and erases everything", async ({ page, request, mailbox }) => {
  const email = uniqueEmail("mydata");
  await signAndConfirm(page, mailbox, email);
  const counted = await apiCount(request, MAIN_PETITION);

  await askForLink(page, email);
  const link = await linkFromMailbox(mailbox, email);

  // A mail scanner following the link spends nothing.
  expect((await request.get(link)).status()).toBe(200);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "See what Picket holds about you" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Show my data" }).click();

  await expect(page).toHaveURL(/\/en\/my-data\/records$/);
  await expect(page.getByRole("heading", { level: 1, name: "What Picket holds about you" })).toBeVisible();
  const signature = page.getByTestId("my-signature");
  await expect(signature).toHaveCount(1);
  await expect(signature).toContainText("Dana Private");
  await expect(signature).toContainText("Leipzig");
  await expect(signature).toContainText(`Statement version ${CONSENT_VERSION}, in English`);
  await expect(page.getByRole("table")).toContainText("Confirm your signature");
  await expectNoSeriousAxeViolations(page);

  // The link worked once: the session now lives in a cookie scoped to /en/my-data.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await page.goto("/en/my-data/records");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^picket-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(exported.email).toBe(email);
  expect(exported.signatures).toHaveLength(1);
  expect(exported.signatures[0]).toMatchObject({ name: "Dana Private", city: "Leipzig", status: "confirmed", consent: { version: CONSENT_VERSION, language: "en" } });
  expect(JSON.stringify(exported)).not.toMatch(/\/confirm\/|\/my-data\/[A-Za-z0-9_-]{43}/);

  // A download from another site is refused.
  const foreign = await request.post("/en/my-data/download", { headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(foreign.status()).toBe(403);

  // The summary above the button counts what the page lists; the erased page reports exactly that.
  const listed = await page.getByTestId("listed-summary").innerText();
  expect(listed).toContain("1 signature");
  expect(listed).toContain("2 records of emails to you");
  expect(listed).toContain("2 copies in the local mailbox");
  await page.getByText("Erase everything…").click();
  await expect(page.getByText("Erase everything listed on this page?")).toBeVisible();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data is erased" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("1 signature");
  expect(await page.getByTestId("erased-summary").innerText()).toBe(listed);
  await expectNoSeriousAxeViolations(page);
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(counted - 1);

  // The session ended with the erasure.
  await page.goto("/en/my-data/records");
  await expect(page.getByRole("heading", { level: 1, name: "This page has closed" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("asking, opening, unsubscribing from everything and erasing all work as plain forms", async ({ page, request, mailbox }) => {
    const email = uniqueEmail("mydata-nojs");
    await page.goto(`/en/petitions/${MAIN_PETITION}`);
    await new SignForm(page).sign({ name: "No Script", email, country: "FR", optIn: true });
    await page.goto(Mailbox.confirmLink((await mailbox.waitFor(email))[0]));
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
    const counted = await apiCount(request, MAIN_PETITION);

    // A bad address is refused next to the field.
    await page.goto("/en/my-data");
    await page.getByLabel("Your email address").fill("not-an-address");
    await page.getByRole("button", { name: "Send me a link" }).click();
    // Next to the field (the error summary above the form links to it with the same words).
    await expect(page.locator("#my-data-email-error")).toContainText("Enter a valid email address");

    await askForLink(page, email);
    await page.goto(await linkFromMailbox(mailbox, email));
    await page.getByRole("button", { name: "Show my data" }).click();
    await expect(page.getByTestId("my-signature")).toContainText(`Statement version ${CONSENT_VERSION}`);
    await expect(page.getByText("You asked for updates on 1 signature.")).toBeVisible();

    await page.getByRole("button", { name: "Unsubscribe from everything" }).click();
    await expect(page.getByRole("status")).toContainText("1 subscription ended");
    await expect(page.getByText("You receive no campaign updates.")).toBeVisible();

    await page.getByText("Erase everything…").click();
    await page.getByRole("button", { name: "Yes, erase everything" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your data is erased" })).toBeVisible();
    await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(counted - 1);

    // A second request finds nothing: the same answer, and no email.
    const before = (await mailbox.list(email)).length;
    await askForLink(page, email);
    await page.waitForTimeout(1500);
    expect((await mailbox.list(email)).length).toBe(before);
  });
});

test("an unknown address gets exactly the same answer, and no email", async ({ page, mailbox }) => {
  const known = uniqueEmail("mydata-known");
  await signAndConfirm(page, mailbox, known);
  await askForLink(page, known);
  const knownUrl = page.url();
  const knownText = await page.locator("main").innerText();
  await expectNoSeriousAxeViolations(page);

  const unknown = uniqueEmail("mydata-unknown");
  await askForLink(page, unknown);
  expect(page.url()).toBe(knownUrl);
  expect(await page.locator("main").innerText()).toBe(knownText);
  await linkFromMailbox(mailbox, known);
  expect(await mailbox.list(unknown)).toHaveLength(0);

  await page.goto("/en/my-data");
  await expectNoSeriousAxeViolations(page);
  await page.goto("/en/privacy");
  await page.getByRole("link", { name: /see, download, unsubscribe from or erase/ }).click();
  await expect(page).toHaveURL(/\/en\/my-data$/);
});
