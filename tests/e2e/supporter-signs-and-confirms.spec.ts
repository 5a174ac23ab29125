/** The supporter's path: sign → email → confirm page → button → counted; and what must not count. */
import { apiCount, expect, Mailbox, MAIN_PETITION, pageCount, test, uniqueEmail, URGENT_PETITION } from "./fixtures";

test("sign, read the email in the mailbox, confirm with the button, and see the count go up", async ({
  page,
  request,
  mailbox,
  signForm,
}) => {
  const email = uniqueEmail("supporter");
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  const before = await pageCount(page);
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(before);

  await signForm.sign({ name: "Ada Lovelace", email, country: "GB", city: "London", nameDisplay: "Full name and country" });
  await expect(page).toHaveURL(new RegExp(`/en/petitions/${MAIN_PETITION}/thanks$`));

  const [message] = await mailbox.waitFor(email);
  expect(message.subject).toContain("Confirm your signature");
  expect(message.html).toContain("/en/confirm/");
  const link = Mailbox.confirmLink(message);

  // Pending signatures do not count.
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(before);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your signature" })).toBeVisible();
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(before);
  await page.getByRole("button", { name: "Confirm my signature" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
  await expect(page.getByTestId("confirmed-count")).toContainText(String(before + 1));
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(before + 1);

  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  expect(await pageCount(page)).toBe(before + 1);
  await expect(page.getByTestId("recent-signers")).toContainText("Ada Lovelace");

  // The link is single use: coming back shows "already confirmed" and counts nothing more.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Already confirmed" })).toBeVisible();
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(before + 1);
});

test("opening the emailed link without pressing the button confirms nothing", async ({ page, request, mailbox, signForm }) => {
  const email = uniqueEmail("scanner");
  await page.goto(`/en/petitions/${URGENT_PETITION}`);
  const before = await apiCount(request, URGENT_PETITION);
  await signForm.sign({ name: "Link Scanner", email });
  const link = Mailbox.confirmLink((await mailbox.waitFor(email))[0]);

  // What an email security scanner does: GET the link, follow redirects, maybe twice, maybe HEAD.
  for (let i = 0; i < 3; i++) expect((await request.get(link)).status()).toBe(200);
  expect((await request.head(link)).status()).toBeLessThan(500);
  await page.goto(link);
  await page.reload();
  await expect.poll(() => apiCount(request, URGENT_PETITION)).toBe(before);
  await expect(page.getByRole("button", { name: "Confirm my signature" })).toBeVisible();
});

test("signing twice with another letter case or a +tag leaves the count unchanged and reveals nothing", async ({
  page,
  request,
  mailbox,
  signForm,
}) => {
  const local = `dup${Date.now().toString(36)}`;
  const email = `${local}@gmail.com`;
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await signForm.sign({ name: "Dup Licate", email });
  await page.goto(Mailbox.confirmLink((await mailbox.waitFor(email))[0]));
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
  const counted = await apiCount(request, MAIN_PETITION);

  const variants = [email.toUpperCase(), `${local.slice(0, 2)}.${local.slice(2)}+campaign@GMail.com`];
  for (const variant of variants) {
    await page.goto(`/en/petitions/${MAIN_PETITION}`);
    await signForm.sign({ name: "Dup Licate", email: variant });
    // The same page as a first signing: nothing tells a third party that this address had signed.
    await expect(page.getByText("Your signature counts only once you confirm it.")).toBeVisible();
  }
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(counted);

  // The person is told by email instead.
  const upper = await mailbox.waitFor(email.toUpperCase());
  expect(upper[0].subject).toContain("You have already signed");
});

test("signing again while unconfirmed sends a fresh link and the old one stops working", async ({ page, request, mailbox, signForm }) => {
  const email = uniqueEmail("again");
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await signForm.sign({ name: "Twice Pending", email });
  const first = Mailbox.confirmLink((await mailbox.waitFor(email, 1))[0]);
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  await signForm.sign({ name: "Twice Pending", email });
  const messages = await mailbox.waitFor(email, 2);
  const second = Mailbox.confirmLink(messages[0]);
  expect(second).not.toBe(first);

  await page.goto(first);
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  const before = await apiCount(request, MAIN_PETITION);
  await page.goto(second);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(before + 1);
});

test("the whole flow works with JavaScript disabled", async ({ browser, request, mailbox }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = uniqueEmail("nojs");
  await page.goto(`/en/petitions/${MAIN_PETITION}`);
  const before = await apiCount(request, MAIN_PETITION);
  await page.getByLabel("Your name").fill("Noscript Reader");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Country", { exact: true }).selectOption("DE");
  await page.getByLabel("Anonymous").check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

  await page.goto(Mailbox.confirmLink((await mailbox.waitFor(email))[0]));
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(before + 1);
  await context.close();
});

test("the count on the petition page refreshes by itself", async ({ page, request, mailbox, browser }) => {
  await page.clock.install();
  await page.goto(`/en/petitions/${URGENT_PETITION}`);
  const before = await pageCount(page);

  // Someone else signs and confirms in another browser.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const email = uniqueEmail("elsewhere");
  await otherPage.goto(`/en/petitions/${URGENT_PETITION}`);
  await otherPage.getByLabel("Your name").fill("Else Where");
  await otherPage.getByLabel("Email", { exact: true }).fill(email);
  await otherPage.getByLabel("Country", { exact: true }).selectOption("SE");
  await otherPage.getByRole("button", { name: "Sign the petition" }).click();
  await expect(otherPage.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await otherPage.goto(Mailbox.confirmLink((await mailbox.waitFor(email))[0]));
  await otherPage.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(otherPage.getByRole("heading", { level: 1, name: /your signature is counted/ })).toBeVisible();
  await other.close();
  await expect.poll(() => apiCount(request, URGENT_PETITION)).toBe(before + 1);

  await page.clock.runFor(11_000);
  await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", String(before + 1));
});
