/** State-changing route handlers accept only requests from this site. */
import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { hasTrustedOrigin } from "@/lib/security/origin";

afterEach(() => {
  delete process.env.APP_URL;
  resetConfigForTests();
});

describe("hasTrustedOrigin", () => {
  it("accepts APP_URL's origin and the origin of the host the request was sent to", () => {
    process.env.APP_URL = "https://picket.example.org";
    resetConfigForTests();
    expect(hasTrustedOrigin(new Headers({ origin: "https://picket.example.org" }))).toBe(true);
    expect(hasTrustedOrigin(new Headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(hasTrustedOrigin(new Headers({ origin: "https://campaign.example", host: "10.0.0.2", "x-forwarded-host": "campaign.example", "x-forwarded-proto": "https" }))).toBe(true);
  });

  it("refuses a missing, null or foreign Origin, and look-alikes", () => {
    process.env.APP_URL = "https://picket.example.org";
    resetConfigForTests();
    for (const origin of [undefined, "null", "https://evil.example", "https://picket.example.org.evil.example", "https://picket.example.org:8443"]) {
      expect(hasTrustedOrigin(new Headers(origin ? { origin, host: "picket.example.org" } : { host: "picket.example.org" })), String(origin)).toBe(false);
    }
  });
});
