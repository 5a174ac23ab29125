/** Every field error is shown next to its field, with and without JavaScript, in English and Russian. */
import type { Page } from "@playwright/test";
import { expect, MAIN_PETITION, test, uniqueEmail } from "./fixtures";

async function expectFieldError(page: Page, field: string, message: string) {
  const error = page.locator(`#sign-${field}-error`);
  await expect(error).toHaveText(message);
  const control = field === "nameDisplay" ? page.locator("fieldset") : page.locator(`#sign-${field}`);
  await expect(control).toHaveAttribute("aria-invalid", "true");
  await expect(control).toHaveAttribute("aria-describedby", new RegExp(`sign-${field}-error`));
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`sign form errors, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("empty required fields", async ({ page }) => {
      await page.goto(`/en/petitions/${MAIN_PETITION}`);
      await page.getByRole("button", { name: "Sign the petition" }).click();
      await expectFieldError(page, "name", "This field is required.");
      await expectFieldError(page, "email", "This field is required.");
      await expectFieldError(page, "country", "This field is required.");
      await expect(page).toHaveURL(new RegExp(`/en/petitions/${MAIN_PETITION}$`));
    });

    test("invalid values, and what was typed is kept", async ({ page, mailbox }) => {
      const email = uniqueEmail("bad");
      await page.goto(`/en/petitions/${MAIN_PETITION}`);
      await page.getByLabel("Your name").fill("x".repeat(101));
      await page.getByLabel("Email", { exact: true }).fill("not-an-email");
      await page.getByLabel("City").fill("c".repeat(101));
      await page.getByLabel("Organisation").fill("o".repeat(151));
      await page.getByRole("textbox", { name: /^Comment/ }).fill("y".repeat(501));
      await page.getByRole("button", { name: "Sign the petition" }).click();
      await expectFieldError(page, "name", "Use at most 100 characters.");
      await expectFieldError(page, "email", "Enter a valid email address, like name@example.org.");
      await expectFieldError(page, "country", "This field is required.");
      await expectFieldError(page, "city", "Use at most 100 characters.");
      await expectFieldError(page, "organisation", "Use at most 150 characters.");
      await expectFieldError(page, "comment", "Use at most 500 characters.");
      await expect(page.getByLabel("Email", { exact: true })).toHaveValue("not-an-email");

      // Fixing the fields lets the same form through.
      await page.getByLabel("Your name").fill("Fixed Name");
      await page.getByLabel("Email", { exact: true }).fill(email);
      await page.getByLabel("Country", { exact: true }).selectOption("CA");
      await page.getByLabel("City").fill("Ottawa");
      await page.getByLabel("Organisation").fill("Local 1");
      await page.getByRole("textbox", { name: /^Comment/ }).fill("y".repeat(500));
      await page.getByRole("button", { name: "Sign the petition" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
      await mailbox.waitFor(email);
    });
  });
}

test("errors in Russian on the Russian form", async ({ page }) => {
  await page.goto(`/ru/petitions/${MAIN_PETITION}`);
  // The comment counter shows once the form is hydrated: the checks below are the browser's own.
  await expect(page.getByText(/^0\/\d+$/)).toBeVisible();
  await page.getByLabel("Электронная почта").fill("nope");
  await page.getByRole("button", { name: "Подписать петицию" }).click();
  await expectFieldError(page, "name", "Это поле обязательно.");
  await expectFieldError(page, "email", "Введите правильный адрес, например name@example.org.");
  await expectFieldError(page, "country", "Это поле обязательно.");
});

test("with JavaScript, a field is checked as soon as it is left", async ({ page }) => {
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await page.getByLabel("Email", { exact: true }).fill("half@");
  await page.getByLabel("Country", { exact: true }).focus();
  await expectFieldError(page, "email", "Enter a valid email address, like name@example.org.");
});

test("a press on the button right after a wrong field is not lost to the error appearing", async ({ page }) => {
  // In Russian the email error takes two lines in the sidebar: enough to move the button away from
  // under a finger that is still pressing it.
  await page.goto(`/ru/petitions/${MAIN_PETITION}`);
  await expect(page.getByText(/^0\/\d+$/)).toBeVisible();
  await page.getByLabel("Электронная почта").fill("nope");
  const button = page.getByRole("button", { name: "Подписать петицию" });
  await button.scrollIntoViewIfNeeded();
  const box = (await button.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // A slow press: the email field is left (blur) well before the button is released.
  await page.mouse.down();
  await page.waitForTimeout(500);
  await page.mouse.up();
  await expectFieldError(page, "name", "Это поле обязательно.");
  await expectFieldError(page, "email", "Введите правильный адрес, например name@example.org.");
});
