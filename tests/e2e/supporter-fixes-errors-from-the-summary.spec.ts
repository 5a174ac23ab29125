/**
 * The GOV.UK error summary on every public form: after a failed post without JavaScript, a box
 * headed "There is a problem" at the top of the form lists each error as a link to its field, and
 * the title starts "Error: "; with JavaScript, focus moves to it. Also: the notes that only make
 * sense with JavaScript (the in-browser check, the character counter) are not shown without it,
 * and a lone activist may leave out the organisation and the public contact.
 */
import type { Page } from "@playwright/test";
import { CAMPAIGN, expect, MAIN_PETITION, test, uniqueEmail } from "./fixtures";

const summaryOf = (page: Page) => page.locator("[data-error-summary]");

async function expectSummaryLinks(page: Page, links: Array<{ name: string | RegExp; field: string }>) {
  const summary = summaryOf(page);
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByTestId("form-alert")).toHaveAttribute("role", "alert");
  await expect(page).toHaveTitle(/^Error: /);
  for (const link of links) await expect(summary.getByRole("link", { name: link.name })).toHaveAttribute("href", `#${link.field}`);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign form's summary links every error to its field, and a link focuses the field", async ({ page }) => {
    await page.goto(`/en/petitions/${MAIN_PETITION}`);
    // Before any post: no summary, no counter, no claim that a check runs in the browser.
    await expect(summaryOf(page)).toHaveCount(0);
    await expect(page).not.toHaveTitle(/^Error/);
    await expect(page.getByText("It runs in your browser")).toHaveCount(0);
    await expect(page.getByText(/^0\/500$/)).toHaveCount(0);
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expectSummaryLinks(page, [
      { name: "Your name: This field is required.", field: "sign-name" },
      { name: /Email.*: This field is required\./, field: "sign-email" },
      { name: /Country.*: This field is required\./, field: "sign-country" },
    ]);
    // The summary comes before the fields, under the form's heading.
    const order = await page.evaluate(() => {
      const summary = document.querySelector("[data-error-summary]")!;
      return summary.compareDocumentPosition(document.getElementById("sign-name")!) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await summaryOf(page).getByRole("link", { name: /^Email/ }).click();
    await expect(page.locator("#sign-email")).toBeFocused();
  });

  test("the report form and the planned-action form have the summary too", async ({ page }) => {
    await page.goto(`/en/campaigns/${CAMPAIGN}/report`);
    await page.getByRole("button", { name: "Send the report" }).click();
    await expectSummaryLinks(page, [
      { name: /^City: This field is required\./, field: "report-city" },
      { name: /^Your email: This field is required\./, field: "report-contactEmail" },
    ]);
    // Your organisation is optional: no error for it.
    await expect(summaryOf(page).getByRole("link", { name: /organisation/i })).toHaveCount(0);
    await expect(page.locator("#report-organisation-error")).toHaveCount(0);

    await page.goto(`/en/campaigns/${CAMPAIGN}/actions/new`);
    await page.getByRole("button", { name: "Send for approval" }).click();
    await expectSummaryLinks(page, [
      { name: /^What is it\?: This field is required\./, field: "planned-title" },
      { name: /^Where to meet: This field is required\./, field: "planned-place" },
    ]);
    await expect(page.locator("#planned-contact-error")).toHaveCount(0);
  });

  test("the my-data request and the letter writer have the summary too", async ({ page }) => {
    await page.goto("/en/my-data");
    await page.getByLabel("Your email").fill("not-an-email");
    await page.getByRole("button").filter({ hasText: /link/i }).first().click();
    await expectSummaryLinks(page, [{ name: /Enter a valid email address/, field: "my-data-email" }]);

    await page.goto("/en/letters");
    await page.locator('main a[href*="/en/letters/"]').first().click();
    await page.getByRole("button", { name: /Show my letter/ }).click();
    await expect(summaryOf(page)).toBeVisible();
    await expect(summaryOf(page).getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(summaryOf(page).getByRole("link").first()).toHaveAttribute("href", /^#letter-/);
  });
});

test("with JavaScript, focus moves to the summary after a failed post, and its link focuses the field", async ({ page }) => {
  await page.goto("/en/my-data");
  await page.getByLabel("Your email").fill("not-an-email");
  await page.getByRole("button").filter({ hasText: /link/i }).first().click();
  await expect(page.getByTestId("form-alert")).toBeFocused();
  await expect(summaryOf(page).getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await summaryOf(page).getByRole("link").click();
  await expect(page.getByLabel("Your email")).toBeFocused();
  // The counter and the in-browser check note show with JavaScript.
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await expect(page.getByText(/^0\/500$/)).toBeVisible();
  await expect(page.getByText("It runs in your browser", { exact: false })).toBeVisible();
});

test("a lone activist leaves out the organisation and the public contact", async ({ page }) => {
  await page.goto(`/en/campaigns/${CAMPAIGN}/report`);
  await page.getByLabel("What did you do?").selectOption({ label: "Picket or protest held" });
  await page.getByLabel("Date").fill("2016-05-26");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Country").selectOption("DE");
  await page.getByLabel("What happened").fill(`I stood alone at the embassy (${Date.now()}).`);
  await page.getByLabel("Your email").fill(uniqueEmail("lone"));
  await expect(page.getByLabel("Your organisation")).not.toHaveAttribute("aria-required", "true");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

  await page.goto(`/en/campaigns/${CAMPAIGN}/actions/new`);
  await page.getByLabel("What is it?").fill("A lone picket");
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Starts").fill(`${inAWeek}T12:00`);
  await page.getByLabel("Time zone of the place").selectOption("Europe/Berlin");
  await page.getByLabel("Where to meet").fill("Outside the embassy");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Country").selectOption("DE");
  await page.getByLabel("Your email").fill(uniqueEmail("lone-planned"));
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
});
