/** The public pages show what a supporter needs, in English and Russian, and errors are pages, not traces. */
import { expect, CAMPAIGN, MAIN_PETITION, mailboxToken, test, URGENT_PETITION, APP_ORIGIN } from "./fixtures";

test("home: live campaigns, urgent actions with deadlines, total confirmed signatures", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Urgent actions" })).toBeVisible();
  await expect(page.getByRole("link", { name: /medical care now/ })).toBeVisible();
  await expect(page.getByText(/Closes on .*\(in \d+ days\)/)).toBeVisible();
  await expect(page.getByTestId("total-signatures")).toContainText(/\d+ confirmed signatures/);
  // Live campaigns, newest first and paginated: other specs add live campaigns, so the demo one may be further on.
  const demo = page.getByRole("link", { name: /Solidarity with Kazakhstan/ }).first();
  for (let p = 2; p <= 10 && !(await demo.isVisible()); p++) await page.goto(`/en?page=${p}`);
  await expect(demo).toBeVisible();
});

test("campaign: story, demands, petitions with progress, news newest first, follow link", async ({ page }) => {
  await page.goto(`/en/campaigns/${CAMPAIGN}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kazakhstan");
  await expect(page.getByRole("heading", { name: "Our demands" })).toBeVisible();
  await expect(page.locator("ol li").first()).toContainText("Release everyone arrested");
  await expect(page.getByRole("progressbar")).toHaveCount(2);
  const news = page.locator("#news h3");
  await expect(news).toHaveCount(3);
  await expect(news.first()).toHaveText(/January 2022/);
  await expect(news.last()).toHaveText(/Letters handed in/);
  await page.getByRole("link", { name: "Follow this campaign" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/petitions/${MAIN_PETITION}#sign$`));
});

test("petition: addressee, progress, deadline, recent signers as they chose, share links without trackers", async ({ page }) => {
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await expect(page.getByText("To: The Government of the Republic of Kazakhstan")).toBeVisible();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(page.getByText(/Closes on/)).toBeVisible();
  const signers = page.getByTestId("recent-signers");
  await expect(signers).toContainText("Kiri · New Zealand"); // first name and country
  await expect(signers).toContainText("Hannah Schmidt · Germany"); // full name
  await expect(signers).not.toContainText("example.org");
  await expect(page.getByLabel("Link to this petition")).toHaveValue(`${APP_ORIGIN}/en/petitions/${MAIN_PETITION}`);
  for (const name of ["Email", "X", "Facebook", "Telegram", "WhatsApp"]) {
    await expect(page.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  const hrefs = await page.locator("#share-heading ~ ul a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href).not.toMatch(/utm_|fbclid|ref=/);
  await expect(page.locator("iframe")).toHaveCount(0);
});

test("the Russian UI: /ru URLs, lang attribute, translated pages and country names", async ({ page }) => {
  await page.goto(`/ru/petitions/${URGENT_PETITION}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { name: "Подписать петицию" })).toBeVisible();
  await expect(page.getByLabel("Страна", { exact: true }).locator("option", { hasText: "Казахстан" })).toHaveCount(1);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/petitions/${URGENT_PETITION}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/petitions/${URGENT_PETITION}$`));
});

test("the language comes from Accept-Language for bare paths", async ({ browser }) => {
  const ru = await browser.newContext({ locale: "ru-RU", extraHTTPHeaders: { "accept-language": "ru-RU,ru;q=0.9" } });
  const page = await ru.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.getByRole("heading", { name: "Срочные акции" })).toBeVisible();
  await ru.close();
});

test("privacy page says what is stored, why and for how long", async ({ page }) => {
  await page.goto("/en/privacy");
  await expect(page.getByRole("heading", { name: "What we store when you sign" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "For how long" })).toBeVisible();
  await expect(page.getByText(/deleted 7 days after signing/)).toBeVisible();
  // The instance's own retention settings (defaults here), not a number written into the text.
  await expect(page.getByText(/183 days after it closes, your name, email/)).toBeVisible();
  await expect(page.getByText(/deleted 30 days after sending/)).toBeVisible();
  await page.goto("/ru/privacy");
  await expect(page.getByRole("heading", { name: "Как долго" })).toBeVisible();
});

test("unknown pages get a localised 404", async ({ page }) => {
  const res = await page.goto("/en/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const ru = await page.goto("/ru/petitions/no-such-petition");
  expect(ru?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
});

test("public JSON and health", async ({ request }) => {
  const res = await request.get(`/api/petitions/${MAIN_PETITION}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
  const body = await res.json();
  for (const key of ["slug", "title", "status", "goal", "deadline", "signatureCount"]) expect(body).toHaveProperty(key);
  expect(body.status).toBe("open");
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "ok", outbox: { pending: expect.any(Number) } });
});

test("the local mailbox needs its token", async ({ request, page }) => {
  expect((await request.get("/api/dev/mailbox")).status()).toBe(401);
  expect((await request.get("/api/dev/mailbox?token=wrong")).status()).toBe(401);
  expect((await request.get(`/api/dev/mailbox?token=${mailboxToken()}`)).status()).toBe(200);
  await page.goto("/dev/mailbox");
  await expect(page.getByText(/needs its token/)).toBeVisible();
  await page.goto(`/dev/mailbox?token=${mailboxToken()}`);
  await expect(page.getByRole("heading", { name: "Local mailbox" })).toBeVisible();
});
