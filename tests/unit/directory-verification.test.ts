/** An address nobody has checked for a year must not look trustworthy. */
import { describe, expect, it } from "vitest";
import { verificationState } from "@/lib/directory/verification";

const now = new Date("2026-11-23T12:00:00Z");
const sourced = { source: "Embassy website", addressLines: ["1 Street", "City"] };

describe("verificationState", () => {
  it("is verified when sourced and checked within a year", () => {
    expect(verificationState({ ...sourced, verifiedOn: "2026-06-01" }, now)).toBe("verified");
  });
  it("asks for a check when the source is more than a year old", () => {
    expect(verificationState({ ...sourced, verifiedOn: "2025-11-01" }, now)).toBe("stale");
    expect(verificationState({ ...sourced, verifiedOn: "2016-05-25" }, now)).toBe("stale");
  });
  it("is unverified without a source, a date or an address", () => {
    expect(verificationState({ ...sourced, source: " ", verifiedOn: "2026-06-01" }, now)).toBe("unverified");
    expect(verificationState({ ...sourced, verifiedOn: null }, now)).toBe("unverified");
    expect(verificationState({ ...sourced, addressLines: null, verifiedOn: "2026-06-01" }, now)).toBe("unverified");
    expect(verificationState({ ...sourced, verifiedOn: "not a date" }, now)).toBe("unverified");
  });
});
