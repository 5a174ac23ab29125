/**
 * Security headers on every kind of route, each one asserted: pages get a Content-Security-Policy
 * with a fresh nonce per request (and Next's scripts carry it); JSON, exports, files and 404s get a
 * policy under which nothing runs; all get HSTS (production), Referrer-Policy, nosniff and
 * Permissions-Policy. And the pages still work under their policy, with no violation reported.
 */
import { expect, MAIN_PETITION, CAMPAIGN, test } from "./fixtures";

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
