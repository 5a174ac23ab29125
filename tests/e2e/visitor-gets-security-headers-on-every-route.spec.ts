/**
 * Security headers on every kind of route, each one asserted: pages get a Content-Security-Policy
 * with a fresh nonce per request (and Next's scripts carry it); JSON, exports, files and 404s get a
 * policy under which nothing runs; all get HSTS (production), Referrer-Policy, nosniff and
 * Permissions-Policy. And the pages still work under their policy, with no violation reported.
 * Anonymous public pages may be kept by the browser (private, no-cache); pages with personal data never.
 */
import { createSession, createUser } from "./db";
import { APP_ORIGIN, expect, MAIN_PETITION, CAMPAIGN, test } from "./fixtures";

const PAGES = ["/en", "/ru", `/en/campaigns/${CAMPAIGN}`, `/en/petitions/${MAIN_PETITION}`, "/en/privacy", "/en/organise/sign-in", "/ru/no-such-page", "/dev/mailbox"];
const RESOURCES = ["/api/health", `/api/petitions/${MAIN_PETITION}`, "/api/organise/petitions/1/signatures.csv", "/api/webhooks/resend", "/icon.svg", "/uploads/covers/none.webp", "/no-such-file.txt"];

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(";").map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.slice(d.indexOf(" ") + 1)] as const));
}

function expectCommonHeaders(url: string, headers: Record<string, string>) {
  expect(headers["strict-transport-security"], url).toMatch(/max-age=\d{7,}/);
  expect(headers["referrer-policy"], url).toBe("same-origin");
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["permissions-policy"], url).toContain("geolocation=()");
  const csp = directives(headers["content-security-policy"] ?? "");
  expect(csp.get("frame-ancestors"), url).toBe("'none'");
  expect(csp.get("object-src"), url).toBe("'none'");
  expect(csp.get("base-uri"), url).toBe("'none'");
  const scripts = csp.get("script-src") ?? csp.get("default-src") ?? "";
  expect(scripts, url).not.toMatch(/unsafe-inline|unsafe-eval/);
  return csp;
}

test("pages: a policy with a fresh nonce per request, carried by every script", async ({ request }) => {
  for (const url of PAGES) {
    const first = await request.get(url, { maxRedirects: 0 });
    const second = await request.get(url, { maxRedirects: 0 });
    const csp = expectCommonHeaders(url, first.headers());
    const nonce = /'nonce-([^']+)'/.exec(csp.get("script-src") ?? "")?.[1];
    expect(nonce, url).toBeTruthy();
    expect(second.headers()["content-security-policy"], url).not.toContain(nonce!);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, url).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`)), url).toEqual([]);
  }
});

test("everything else: a policy under which nothing runs", async ({ request }) => {
  for (const url of RESOURCES) {
    const res = await request.get(url, { maxRedirects: 0 });
    const csp = expectCommonHeaders(url, res.headers());
    expect(csp.get("default-src"), url).toBe("'none'");
    expect(csp.has("script-src"), url).toBe(false);
  }
});

test("pages work under their policy: no violation, and the sign form's scripts run", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const url of ["/en", `/en/petitions/${MAIN_PETITION}`, "/en/organise/sign-in"]) {
    await page.goto(url, { waitUntil: "networkidle" });
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), url).toEqual([]);
  }
  // Client-side validation only exists if the hydrated scripts run.
  await page.goto(`/en/petitions/${MAIN_PETITION}`, { waitUntil: "networkidle" });
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByLabel("Email", { exact: true }).blur();
  await expect(page.locator("#sign").getByText(/valid email/i).first()).toBeVisible();
});

test.describe("Cache-Control per kind of page", () => {
  const ANONYMOUS = ["/en", "/ru", `/en/campaigns/${CAMPAIGN}`, `/en/petitions/${MAIN_PETITION}`, `/en/petitions/${MAIN_PETITION}/thanks`, "/en/privacy", "/en/letters", `/en/campaigns/${CAMPAIGN}/actions`];
  const PERSONAL = ["/en/organise/sign-in", "/en/my-data", "/en/unsubscribe?t=1.ab.cd", "/en/confirm/some-token", "/en/reports/confirm/some-token", "/en/planned-actions/confirm/some-token", "/dev/mailbox"];

  test("anonymous public pages may be kept for back/forward (private, no-cache), from Next and from the micro-cache alike", async ({ request }) => {
    for (const url of ANONYMOUS) {
      // The second answer of a cacheable page comes from the front door's micro-cache (lib/hot/page-cache.ts):
      // it has a length, where Next streams its answer in chunks.
      for (const _ of [1, 2]) {
        const res = await request.get(url, { maxRedirects: 0 });
        expect(res.status(), url).toBe(200);
        expect(res.headers()["cache-control"], url).toBe("private, no-cache");
      }
    }
    const cached = await request.get(`/en/petitions/${MAIN_PETITION}`);
    expect(cached.headers()["content-length"], "the micro-cache answered").toBeTruthy();
  });

  test("pages that may show personal data are never stored", async ({ request }) => {
    for (const url of PERSONAL) {
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.headers()["cache-control"], url).toContain("no-store");
    }
    // A signed-in organiser's workspace, and a form's answer (it echoes what was typed).
    const id = createUser(`cache-${Date.now()}@example.org`, true);
    const organise = await request.get("/en/organise", { headers: { cookie: createSession(id) }, maxRedirects: 0 });
    expect(organise.status()).toBe(200);
    expect(organise.headers()["cache-control"]).toContain("no-store");
    const posted = await request.post(`/en/petitions/${MAIN_PETITION}`, { headers: { origin: APP_ORIGIN }, multipart: { name: "Typed Name" } });
    expect(posted.headers()["cache-control"], "a POST's answer").toContain("no-store");
  });
});
