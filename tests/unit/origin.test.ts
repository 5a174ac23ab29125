/** State-changing requests accept only the site's own origins; links go out on the origin a request came in on. */
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig, resetConfigForTests } from "@/lib/config";
import { hasTrustedOrigin, isSameSiteActionPost, requestOrigin, siteOrigins } from "@/lib/security/origin";
import { signInSchema } from "@/lib/validation/organiser";

const ONION = "http://picketabcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopq.onion";

afterEach(() => {
  delete process.env.APP_URL;
  delete process.env.PICKET_ALTERNATE_ORIGINS;
  resetConfigForTests();
});

function site(alternates = "") {
  process.env.APP_URL = "https://picket.example.org";
  process.env.PICKET_ALTERNATE_ORIGINS = alternates;
  resetConfigForTests();
}

describe("hasTrustedOrigin", () => {
  it("accepts APP_URL's origin and the alternates, nothing else", () => {
    site(ONION);
    expect(hasTrustedOrigin(new Headers({ origin: "https://picket.example.org" }))).toBe(true);
    expect(hasTrustedOrigin(new Headers({ origin: ONION, host: new URL(ONION).host }))).toBe(true);
    // The Host a request names is not an origin of the site just because the request names it.
    expect(hasTrustedOrigin(new Headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(false);
    expect(hasTrustedOrigin(new Headers({ origin: "https://campaign.example", host: "10.0.0.2", "x-forwarded-host": "campaign.example", "x-forwarded-proto": "https" }))).toBe(false);
  });

  it("refuses a missing, null or foreign Origin, and look-alikes", () => {
    site(ONION);
    for (const origin of [undefined, "", "null", "https://evil.example", "https://picket.example.org.evil.example", "https://picket.example.org:8443", "http://picket.example.org", `${ONION}.evil.example`, "https://picket.example.org/"]) {
      expect(hasTrustedOrigin(new Headers(origin !== undefined ? { origin, host: "picket.example.org" } : { host: "picket.example.org" })), String(origin)).toBe(false);
    }
  });
});

describe("isSameSiteActionPost", () => {
  it("needs a site Origin that names the host the request was sent to", () => {
    site(ONION);
    const onionHost = new URL(ONION).host;
    expect(isSameSiteActionPost(new Headers({ origin: "https://picket.example.org", host: "picket.example.org" }))).toBe(true);
    expect(isSameSiteActionPost(new Headers({ origin: ONION, host: onionHost }))).toBe(true);
    expect(isSameSiteActionPost(new Headers({ origin: ONION, host: "10.0.0.2:3000", "x-forwarded-host": onionHost }))).toBe(true);
    expect(isSameSiteActionPost(new Headers({ origin: ONION, host: "picket.example.org" }))).toBe(false);
    expect(isSameSiteActionPost(new Headers({ origin: "https://picket.example.org", host: "third.example" }))).toBe(false);
    expect(isSameSiteActionPost(new Headers({ host: "picket.example.org" }))).toBe(false);
    expect(isSameSiteActionPost(new Headers({ origin: "null", host: "picket.example.org" }))).toBe(false);
  });
});

describe("requestOrigin", () => {
  it("is the site origin named by the Host (or a trusted proxy's X-Forwarded-Host), else APP_URL's", () => {
    site(`${ONION}, http://127.0.0.1:4400`);
    expect(siteOrigins()).toEqual(["https://picket.example.org", ONION, "http://127.0.0.1:4400"]);
    expect(requestOrigin(new Headers({ host: new URL(ONION).host }))).toBe(ONION);
    expect(requestOrigin(new Headers({ host: "127.0.0.1:4400" }))).toBe("http://127.0.0.1:4400");
    expect(requestOrigin(new Headers({ host: "PICKET.example.org" }))).toBe("https://picket.example.org");
    expect(requestOrigin(new Headers({ host: "10.0.0.2", "x-forwarded-host": new URL(ONION).host }))).toBe(ONION);
    for (const host of ["evil.example", "127.0.0.1:4401", "picket.example.org.evil.example", "", "picket.example.org@evil.example"]) {
      expect(requestOrigin(new Headers(host ? { host } : {})), host).toBe("https://picket.example.org");
    }
    expect(requestOrigin(null)).toBe("https://picket.example.org");
  });
});

describe("PICKET_ALTERNATE_ORIGINS", () => {
  it("takes comma-separated origins and refuses anything that is not just an origin", () => {
    const base = { NODE_ENV: "test" } as NodeJS.ProcessEnv;
    expect(parseConfig({ ...base, PICKET_ALTERNATE_ORIGINS: `${ONION}/, https://mirror.example.net` }).alternateOrigins).toEqual([ONION, "https://mirror.example.net"]);
    expect(parseConfig(base).alternateOrigins).toEqual([]);
    for (const bad of ["mirror.example.net", "ftp://mirror.example.net", "https://mirror.example.net/path", "https://user@mirror.example.net", "https://mirror.example.net?x=1", "javascript:alert(1)"]) {
      expect(() => parseConfig({ ...base, PICKET_ALTERNATE_ORIGINS: bad }), bad).toThrow(/PICKET_ALTERNATE_ORIGINS/);
    }
  });
});

describe("the sign-in form's callbackUrl", () => {
  it("keeps a path on the site and drops every other spelling", () => {
    const parse = (callbackUrl: string) => signInSchema.parse({ email: "a@example.org", callbackUrl }).callbackUrl;
    expect(parse("/en/organise/campaigns/2")).toBe("/en/organise/campaigns/2");
    for (const bad of ["//evil.example", "/\\evil.example", "/%09/evil.example", "https:evil.example", "/%2F%2Fevil.example", "\\/\\/evil.example", "https://picket.example.org@evil.example", "javascript:alert(1)"]) {
      expect(parse(bad), bad).toBeUndefined();
    }
  });
});
