/** The address limits and fingerprints use: never one a client can choose. */
import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedHops, settleForwardedHeaders } from "../../scripts/client-address.mjs";

describe("clientAddress", () => {
  it("uses the TCP peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
  });

  it("behind N proxies takes the N-th entry from the right, whatever the client prepended", () => {
    // client forged "6.6.6.6"; proxy 1 appended the real client; proxy 2 appended proxy 1.
    const chain = "6.6.6.6, 203.0.113.9, 10.0.0.2";
    expect(clientAddress("10.0.0.3", chain, 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.3", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.3", ["6.6.6.6", "203.0.113.9"], 1)).toBe("203.0.113.9");
  });

  it("falls back to the peer when the chain is shorter than the trusted hops", () => {
    expect(clientAddress("10.0.0.3", "203.0.113.9", 2)).toBe("10.0.0.3");
    expect(clientAddress("10.0.0.3", undefined, 1)).toBe("10.0.0.3");
  });

  it("normalises ports, brackets and case", () => {
    expect(clientAddress("1.1.1.1", "203.0.113.9:5123", 1)).toBe("203.0.113.9");
    expect(clientAddress("1.1.1.1", "[2001:DB8::1]:443", 1)).toBe("2001:db8::1");
  });
});

describe("parseTrustedHops", () => {
  it("accepts 0 to 10 and refuses anything else", () => {
    expect(parseTrustedHops(undefined)).toBe(0);
    expect(parseTrustedHops("")).toBe(0);
    expect(parseTrustedHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "two", "11", "1;2"]) expect(() => parseTrustedHops(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("settleForwardedHeaders", () => {
  it("drops X-Forwarded-Host and -Proto without a trusted proxy", () => {
    const headers: Record<string, string | string[] | undefined> = { host: "picket.example.org", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    settleForwardedHeaders(headers, 0);
    expect(headers).toEqual({ host: "picket.example.org" });
  });

  it("keeps only the nearest trusted proxy's entry behind one", () => {
    const headers: Record<string, string | string[] | undefined> = { "x-forwarded-host": "evil.example, picket.example.org", "x-forwarded-proto": "http,https" };
    settleForwardedHeaders(headers, 1);
    expect(headers).toEqual({ "x-forwarded-host": "picket.example.org", "x-forwarded-proto": "https" });
    const empty: Record<string, string | string[] | undefined> = { "x-forwarded-host": " , " };
    settleForwardedHeaders(empty, 2);
    expect(empty).toEqual({});
  });
});
