/**
 * Hostile or broken posts — repeated fields, huge strings, NUL bytes, wrong content types — get a clear
 * error and change nothing: never a 500, never a half-written row or a stray email. The same for
 * paths with broken escapes anywhere (/api/ too) and for server actions called as JavaScript calls
 * them, or with forged bound arguments.
 */
import type { APIRequestContext, Browser } from "@playwright/test";
import { apiCount, expect, MAIN_PETITION, test, uniqueEmail, type Mailbox, APP_ORIGIN } from "./fixtures";
import { hiddenActionFields, multipart, MULTIPART, ORIGIN, send, type Part } from "./raw-http";

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

test.describe("never a 500 on malformed input", () => {
  test("an /api/ path with a broken percent-escape gets 400", async () => {
    for (const p of ["/api/health%", "/api/petitions/%E0%A4%A", "/api/petitions/%ZZ/signatures", "/api/letters/%ZZ/pdf", "/api/unsubscribe%ZZ", "/api/actions/%E0/ics", "/_next/%ZZ"]) {
      for (const method of ["GET", "POST"]) {
        const res = await send({ method, path: p, headers: { origin: ORIGIN, "content-type": "application/json" }, body: method === "POST" ? "{}" : undefined });
        expect(res.status, `${method} ${p}`).toBe(400);
      }
    }
    expect((await send({ method: "GET", path: "/api/health%3F" })).status, "a well-formed escape still reaches the router").toBe(404);
  });

  /** The sign action's id and bound arguments, from the form a browser without JavaScript gets. */
  async function signCall() {
    const fields = hiddenActionFields((await send({ method: "GET", path: PETITION_URL })).body, 'name="email"');
    const get = (name: string) => fields.find(([k]) => k === name)?.[1] ?? "";
    return { fields, id: (JSON.parse(get("$ACTION_1:0")) as { id: string }).id, bound: JSON.parse(get("$ACTION_1:1")) as unknown[] };
  }
  const jsHeaders = (id: string, type: string) => ({ origin: ORIGIN, "next-action": id, accept: "text/x-component", "content-type": type });
  // React's reply encoding: the form's entries as "_1_<name>" (the FormData "$K1"), then the root "0", last as React sends it.
  const signParts = (email: string): Part[] => valid(email).map(([name, value]) => ({ name: `_1_${name}`, value }));
  const call = (root: string, email: string) => multipart([...signParts(email), { name: "0", value: root }]);

  test("a server action called as JavaScript calls it: an intact call signs, a broken one gets 400 and changes nothing", async ({ request, mailbox }) => {
    const { id, bound } = await signCall();
    const good = uniqueEmail("jscall");
    const ok = await send({ method: "POST", path: PETITION_URL, headers: jsHeaders(id, MULTIPART), body: call(JSON.stringify([...bound, "$K1"]), good) });
    expect(ok.status, "the harness itself is sound").toBe(200);
    await mailbox.waitFor(good);

    const email = uniqueEmail("jsbad");
    const before = await apiCount(request, MAIN_PETITION);
    const cases: [string, string, Buffer | string][] = [
      ["empty text body", "text/plain;charset=UTF-8", ""],
      ["invalid text body", "text/plain;charset=UTF-8", "[1,2"],
      ["a text body pointing at a part", "text/plain;charset=UTF-8", JSON.stringify([...bound, "$@1"])],
      ["empty multipart body", MULTIPART, multipart([])],
      ["multipart without its root", MULTIPART, multipart(signParts(email))],
      ["a root that is not JSON", MULTIPART, call("garbage", email)],
      ["a reference to a missing part", MULTIPART, call(JSON.stringify([...bound, "$@5"]), email)],
      ["an outlined value that is not there", MULTIPART, call(JSON.stringify([...bound, "$7"]), email)],
      ["a 1 MB argument", MULTIPART, call(JSON.stringify([...bound, "x".repeat(1024 * 1024), "$K1"]), email)],
    ];
    for (const [label, type, body] of cases) {
      const res = await send({ method: "POST", path: PETITION_URL, headers: jsHeaders(id, type), body });
      expect(res.status, label).toBe(400);
    }
    await expectNothingWritten(request, mailbox, email, before);
  });

  test("a form post whose bound argument points at a missing part, or weighs 1 MB, gets 400 and changes nothing", async ({ request, mailbox }) => {
    const { fields, bound } = await signCall();
    const email = uniqueEmail("boundbad");
    const before = await apiCount(request, MAIN_PETITION);
    const withField = (name: string, value: string): Part[] => [
      ...fields.map(([k, v]) => ({ name: k, value: k === name ? value : v })),
      ...valid(email).map(([n, v]) => ({ name: n, value: v })),
    ];
    const meta = JSON.parse(fields.find(([k]) => k === "$ACTION_1:0")![1]) as { id: string };
    const cases: [string, Part[]][] = [
      ["bound points at a missing part", withField("$ACTION_1:0", JSON.stringify({ ...meta, bound: "$@9" }))],
      ["a bound value points at a missing part", withField("$ACTION_1:1", JSON.stringify([...bound, "$@4"]))],
      ["the bound part is left out", withField("$ACTION_1:0", JSON.stringify(meta)).filter((p) => p.name !== "$ACTION_1:1")],
      ["a 1 MB bound argument", withField("$ACTION_1:1", JSON.stringify([bound[0], bound[1], { status: "idle", values: { name: "x".repeat(1024 * 1024) } }]))],
      ["a 1 MB bound string", withField("$ACTION_1:1", JSON.stringify(["x".repeat(1024 * 1024), bound[1], bound[2]]))],
    ];
    for (const [label, parts] of cases) {
      const res = await send({ method: "POST", path: PETITION_URL, headers: { origin: ORIGIN, "content-type": MULTIPART }, body: multipart(parts) });
      expect(res.status, label).toBe(400);
    }
    await expectNothingWritten(request, mailbox, email, before);
  });
});
