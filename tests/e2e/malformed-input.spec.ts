/**
 * Hostile or broken posts — repeated fields, huge strings, NUL bytes, wrong content types — get a clear
 * error and change nothing: never a 500, never a half-written row or a stray email.
 */
import type { APIRequestContext, Browser } from "@playwright/test";
import { apiCount, expect, MAIN_PETITION, test, uniqueEmail, type Mailbox, APP_ORIGIN } from "./fixtures";

const PETITION_URL = `/en/petitions/${MAIN_PETITION}`;

/** The hidden fields a no-JavaScript browser posts with the sign form (the server action's id and bound args). */
async function actionFields(browser: Browser): Promise<[string, string][]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PETITION_URL);
  const fields = await page
    .locator('form[aria-labelledby="sign-heading"] input[type="hidden"]')
    .evaluateAll((inputs) =>
      (inputs as HTMLInputElement[]).filter((i) => i.name.startsWith("$ACTION")).map((i) => [i.name, i.value] as [string, string]),
    );
  await context.close();
  expect(fields.length).toBeGreaterThan(0);
  return fields;
}

async function postForm(request: APIRequestContext, browser: Browser, fields: [string, string][]) {
  const form = new FormData();
  for (const [k, v] of await actionFields(browser)) form.append(k, v);
  for (const [k, v] of fields) form.append(k, v);
  return request.post(PETITION_URL, { multipart: form, headers: { origin: APP_ORIGIN } });
}

async function expectNothingWritten(request: APIRequestContext, mailbox: Mailbox, email: string, count: number) {
  await new Promise((r) => setTimeout(r, 700)); // longer than the dispatcher's interval
  expect(await mailbox.list(email)).toHaveLength(0);
  await expect.poll(() => apiCount(request, MAIN_PETITION)).toBe(count);
}

const valid = (email: string): [string, string][] => [
  ["name", "Valid Name"],
  ["email", email],
  ["country", "GB"],
  ["nameDisplay", "first_country"],
];

test.describe("the sign form's plain POST", () => {
  test("a valid post works (the harness itself is sound)", async ({ request, browser, mailbox }) => {
    const email = uniqueEmail("plainpost");
    const res = await postForm(request, browser, valid(email));
    expect(res.status()).toBeLessThan(400);
    await mailbox.waitFor(email);
  });

  test("a repeated field is refused with a form error", async ({ request, browser, mailbox }) => {
    const email = uniqueEmail("repeat");
    const before = await apiCount(request, MAIN_PETITION);
    const res = await postForm(request, browser, [...valid(email), ["email", "second@example.org"]]);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain("The form was sent in an unexpected shape");
    await expectNothingWritten(request, mailbox, email, before);
  });

  test("a 1 MB name and a NUL byte get field errors", async ({ request, browser, mailbox }) => {
    const email = uniqueEmail("huge");
    const before = await apiCount(request, MAIN_PETITION);
    const huge = await postForm(request, browser, [["name", "x".repeat(1024 * 1024)], ...valid(email).slice(1)]);
    expect(huge.status()).toBe(200);
    expect(await huge.text()).toContain("Use at most 100 characters.");
    const nul = await postForm(request, browser, [["name", "Null\u0000Byte"], ...valid(email).slice(1)]);
    expect(nul.status()).toBe(200);
    expect(await nul.text()).toContain("This field contains characters that are not allowed.");
    await expectNothingWritten(request, mailbox, email, before);
  });

  test("missing fields and an unknown choice get field errors", async ({ request, browser }) => {
    const res = await postForm(request, browser, [["nameDisplay", "everyone"]]);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toContain("This field is required.");
    expect(html).toContain("Choose one of the options.");
  });

  test("a body over the size limit is refused with 413", async ({ request }) => {
    const res = await request.post(PETITION_URL, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: `name=${"x".repeat(7 * 1024 * 1024)}`,
    });
    expect(res.status()).toBe(413);
  });

  test("wrong content types never cause a server error", async ({ request }) => {
    for (const [type, body] of [
      ["text/plain", "name=Plain"],
      ["application/json", '{"name":["a","b"]}'],
      ["application/octet-stream", "\u0000\u0001\u0002"],
    ]) {
      const res = await request.post(PETITION_URL, { headers: { "content-type": type }, data: body });
      expect(res.status(), type).toBeLessThan(500);
    }
  });
});

test.describe("the JSON signing API", () => {
  const api = `/api/petitions/${MAIN_PETITION}/signatures`;
  const origin = { origin: APP_ORIGIN };

  test("valid JSON is accepted with 202 and an email is sent", async ({ request, mailbox }) => {
    const email = uniqueEmail("api");
    const res = await request.post(api, { headers: origin, data: { name: "Api Signer", email, country: "IN" } });
    expect(res.status()).toBe(202);
    expect(await res.json()).toMatchObject({ status: "pending_confirmation" });
    await mailbox.waitFor(email);
  });

  test("malformed bodies get 4xx with a clear error and change nothing", async ({ request, mailbox }) => {
    const email = uniqueEmail("apibad");
    const before = await apiCount(request, MAIN_PETITION);
    const cases: { body: string; type?: string; status: number; error: string }[] = [
      { body: JSON.stringify({ name: ["a", "b"], email, country: "GB" }), status: 400, error: "malformed_input" },
      { body: JSON.stringify([{ name: "a" }]), status: 400, error: "malformed_input" },
      { body: "{not json", status: 400, error: "malformed_input" },
      { body: JSON.stringify({ name: "a", email, country: "GB" }), type: "text/plain", status: 415, error: "unsupported_media_type" },
      { body: JSON.stringify({ name: "x".repeat(1024 * 1024), email, country: "GB" }), status: 413, error: "too_large" },
      { body: JSON.stringify({ name: "Nul\u0000", email, country: "GB" }), status: 422, error: "validation_failed" },
      { body: JSON.stringify({}), status: 422, error: "validation_failed" },
    ];
    for (const c of cases) {
      const res = await request.post(api, { headers: { ...origin, "content-type": c.type ?? "application/json" }, data: c.body });
      expect(res.status(), c.body.slice(0, 60)).toBe(c.status);
      expect((await res.json()).error).toBe(c.error);
    }
    await expectNothingWritten(request, mailbox, email, before);
  });

  test("a missing, null or foreign Origin is refused and changes nothing", async ({ request, mailbox }) => {
    const email = uniqueEmail("csrf");
    const before = await apiCount(request, MAIN_PETITION);
    for (const headers of [{} as Record<string, string>, { origin: "null" }, { origin: "https://evil.example" }, { origin: `${APP_ORIGIN}.evil.example` }]) {
      const res = await request.post(api, { headers, data: { name: "Forged", email, country: "GB" } });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
      expect((await res.json()).error).toBe("forbidden_origin");
    }
    await expectNothingWritten(request, mailbox, email, before);
  });

  test("an unknown petition is a 404, not a 500", async ({ request }) => {
    const res = await request.post(`/api/petitions/no-such-petition/signatures`, {
      headers: origin,
      data: { name: "A", email: "a@example.org", country: "GB" },
    });
    expect(res.status()).toBe(404);
  });
});
