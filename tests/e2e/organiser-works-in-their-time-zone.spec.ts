/**
 * An organiser in Almaty chooses their time zone (searchable, grouped by country, in their language),
 * then types a deadline in it and reads the audit log in it: never raw UTC.
 */
import { addMember, createCampaign, createPetition, createSession, createUser, one } from "./db";
import { APP_ORIGIN, expect, test } from "./fixtures";

test("an organiser picks Almaty time; deadlines and the audit log use it", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const userId = createUser(`tz-${tag}@example.org`);
  const campaignId = createCampaign(`tz-${tag}`);
  const petitionId = createPetition(campaignId, `tz-petition-${tag}`);
  addMember(campaignId, userId, "owner");
  const [name, value] = createSession(userId).split("=");
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: APP_ORIGIN }]);
  const page = await context.newPage();

  await page.goto("/ru/organise");
  await page.getByRole("link", { name: "Настройки" }).click();
  await expect(page.getByRole("heading", { name: "Ваши настройки" })).toBeVisible();
  const select = page.getByLabel("Ваш часовой пояс");
  await expect(select).toHaveValue("UTC");
  // Grouped by country, named in Russian.
  await expect(select.locator('optgroup[label="Казахстан"] option[value="Asia/Almaty"]')).toHaveCount(1);
  // The search box narrows the list to what is typed.
  await page.getByRole("searchbox", { name: /Искать часовой пояс/ }).fill("Казахстан");
  await expect(select.locator('optgroup[label="Германия"]')).toBeHidden();
  await expect(select.locator('optgroup[label="Казахстан"]')).not.toHaveAttribute("hidden");
  await select.selectOption("Asia/Almaty");
  await page.getByRole("button", { name: "Сохранить настройки" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Сохранено" })).toContainText("Казахстан (GMT+5)");
  expect(one<{ time_zone: string }>("select time_zone from users where id = ?", userId)?.time_zone).toBe("Asia/Almaty");

  await page.goto(`/en/organise/campaigns/${campaignId}/petitions/${petitionId}/edit`);
  await expect(page.getByText(/In your time zone, Kazakhstan Time \(GMT\+5\) · Almaty/)).toBeVisible();
  await page.getByRole("textbox", { name: /^Deadline/ }).fill("2026-12-16T18:00");
  await page.getByRole("button", { name: /Save/ }).click();
  await expect(page).not.toHaveURL(/\/edit$/);
  expect(one<{ deadline: number }>("select deadline from petitions where id = ?", petitionId)?.deadline).toBe(Date.parse("2026-12-16T13:00:00Z"));
  await page.goto(`/en/organise/campaigns/${campaignId}/petitions/${petitionId}/edit`);
  await expect(page.getByRole("textbox", { name: /^Deadline/ })).toHaveValue("2026-12-16T18:00");

  await page.goto(`/en/organise/campaigns/${campaignId}/audit`);
  await expect(page.getByRole("columnheader", { name: "When (Asia/Almaty)" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /edited petition #\d+ \(open\)\./ })).toBeVisible();
  await context.close();
});

test("a zone that does not exist is refused next to the field, and nothing changes", async ({ browser }) => {
  const userId = createUser(`tz-bad-${Date.now().toString(36)}@example.org`);
  const [name, value] = createSession(userId).split("=");
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([{ name, value, url: APP_ORIGIN }]);
  const page = await context.newPage();
  await page.goto("/en/organise/settings");
  await page.getByLabel("Your time zone").evaluate((el: HTMLSelectElement) => {
    el.options[0].value = "Mars/Olympus";
  });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("#form-settings")).toContainText("Choose a time zone from the list.");
  expect(one<{ time_zone: string | null }>("select time_zone from users where id = ?", userId)?.time_zone).toBeNull();
  await context.close();
});
