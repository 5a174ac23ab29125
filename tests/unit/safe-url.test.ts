// Proves a stored URL becomes a link only when it is http(s) (the directory card's website).
import { describe, expect, it } from "vitest";
import { httpLink, safeRedirectPath } from "@/lib/security/safe-url";

describe("httpLink", () => {
  it("keeps http and https URLs", () => {
    expect(httpLink("https://example.org/embassy")).toBe("https://example.org/embassy");
    expect(httpLink("http://example.org")).toBe("http://example.org/");
  });

  it("refuses script, data and other schemes, however disguised, and non-URLs", () => {
    for (const bad of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "mailto:a@b.example", "//evil.example", "not a url", "", null, undefined]) {
      expect(httpLink(bad), String(bad)).toBeUndefined();
    }
  });
});

// Proves a redirect target read from a request (callbackUrl) stays on the site however it is spelled:
// each bypass below, resolved by a browser against the site, would leave it (or hide a scheme).
describe("safeRedirectPath", () => {
  const SITE = "https://picket.example.org";
  const ONION = "http://picketabcdefghijklmnop.onion";
  const FALLBACK = "/en/organise";
  const BYPASSES = [
    "//evil.example",
    "///evil.example",
    "////evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "\\/\\/evil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "//evil.example ",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%5Cevil.example",
    "/%5c%5cevil.example",
    "https:evil.example",
    "https:/evil.example",
    "http:evil.example",
    "https://evil.example",
    "HTTPS://EVIL.EXAMPLE/en/organise",
    "https://evil.example/en/organise",
    "https://picket.example.org@evil.example",
    "https://picket.example.org:@evil.example/",
    "https://user:pass@picket.example.org/en/organise",
    "https://picket.example.org.evil.example/",
    "https://picket.example.org:8443/en/organise",
    "http://picket.example.org/en/organise",
    "https://xn--pcket-5qa.example.org/",
    "https://pіcket.example.org/",
    "//pіcket.example.org",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "%6A%61vascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://evil.example/",
    "evil.example",
    "en/organise",
    ".//evil.example",
    "/.//evil.example/..",
    "/%00/evil.example",
    "/\u0000//evil.example",
    "/\u007f//evil.example",
    "/" + "a".repeat(600),
    "",
  ];

  it(`replaces each of ${BYPASSES.length} bypass spellings by the default target`, () => {
    expect(BYPASSES.length).toBeGreaterThanOrEqual(30);
    for (const bad of BYPASSES) expect(safeRedirectPath(bad, FALLBACK, [SITE, ONION]), JSON.stringify(bad)).toBe(FALLBACK);
  });

  it("refuses non-strings", () => {
    for (const bad of [undefined, null, 1, ["/en/organise"], { toString: () => "/x" }]) expect(safeRedirectPath(bad, FALLBACK)).toBe(FALLBACK);
  });

  it("keeps the site's own paths and absolute URLs on the site's origins, as paths", () => {
    expect(safeRedirectPath("/en/organise/campaigns/3?tab=news#top", FALLBACK)).toBe("/en/organise/campaigns/3?tab=news#top");
    expect(safeRedirectPath("/ru/organise", FALLBACK)).toBe("/ru/organise");
    // A full stop look-alike is only a strange path on this site.
    expect(safeRedirectPath("/%E3%80%82evil.example", FALLBACK)).toBe("/%E3%80%82evil.example");
    expect(safeRedirectPath(`${SITE}/en/organise/campaigns/3`, FALLBACK, [SITE, ONION])).toBe("/en/organise/campaigns/3");
    expect(safeRedirectPath(`${ONION}/ru/organise`, FALLBACK, [SITE, ONION])).toBe("/ru/organise");
    expect(safeRedirectPath("HTTPS://PICKET.EXAMPLE.ORG/en/organise", FALLBACK, [SITE])).toBe("/en/organise");
    // An absolute URL on the site is refused when the caller did not say which origins are the site's.
    expect(safeRedirectPath(`${SITE}/en/organise`, FALLBACK)).toBe(FALLBACK);
  });
});
