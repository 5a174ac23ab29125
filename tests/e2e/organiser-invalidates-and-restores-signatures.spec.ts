/** Invalidation by rule: the preview count is what gets applied, the public count drops, and undo restores it. */
import { addMember, createCampaign, createPetition, createSession, createSignature, createUser } from "./db";
import { apiCount, expect, test } from "./fixtures";

test("preview, invalidate by email domain, undo", async ({ browser, request }) => {
  const tag = Date.now().toString(36);
  const campaignId = createCampaign(`moderation-${tag}`);
  const petitionId = createPetition(campaignId, `moderation-petition-${tag}`);
  const moderator = createUser(`moderator-${tag}@example.org`);
  addMember(campaignId, moderator, "moderator");
  for (let i = 0; i < 3; i++) createSignature(petitionId, { email: `bot${i}@spam-${tag}.test` });
  for (let i = 0; i < 2; i++) createSignature(petitionId, { email: `real${i}@example.org` });
  const slug = `moderation-petition-${tag}`;
  await expect.poll(() => apiCount(request, slug)).toBe(5);

  const context = await browser.newContext({ extraHTTPHeaders: { cookie: createSession(moderator) } });
  const page = await context.newPage();
  await page.goto(`/en/organise/campaigns/${campaignId}/petitions/${petitionId}`);
  // The release form for flagged signatures (issue #11) has the same fields: use the moderation section's.
  const moderation = page.getByRole("region", { name: "Moderation", exact: true });
  await moderation.getByLabel("Email domain").fill(`spam-${tag}.test`);
  await moderation.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("rule-preview")).toHaveText("3 signatures match this rule.");
  await expect.poll(() => apiCount(request, slug)).toBe(5);

  await page.getByRole("button", { name: "Invalidate 3 signatures" }).click();
  await expect(page.getByText("3 signatures were invalidated.")).toBeVisible();
  await expect.poll(() => apiCount(request, slug)).toBe(2);
  await page.reload();
  await expect(page.getByTestId("count-invalidated")).toHaveText("3");

  await page.getByRole("button", { name: "Undo" }).first().click();
  await expect.poll(() => apiCount(request, slug)).toBe(5);
  await context.close();
});
