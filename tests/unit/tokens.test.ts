// Proves confirmation tokens carry 256 random bits, are stored only as hashes, and expire after 7 days.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createToken, hashToken, isTokenExpired, isWellFormedToken, SIGNATURE_TOKEN_TTL_MS, tokenExpiry } from "@/lib/security/tokens";

describe("tokens", () => {
  it("are 32 random bytes in base64url, stored as their SHA-256", () => {
    const { token, hash } = createToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).not.toContain(token);
    expect(hashToken(token)).toBe(hash);
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("expire exactly 7 days after they are made", () => {
    const now = new Date("2026-05-25T10:00:00Z");
    const expires = tokenExpiry(now);
    expect(expires.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    expect(SIGNATURE_TOKEN_TTL_MS).toBe(7 * 24 * 60 * 60 * 1000);
    expect(isTokenExpired(expires, new Date(expires.getTime() - 1))).toBe(false);
    expect(isTokenExpired(expires, expires)).toBe(true);
    expect(isTokenExpired(null, now)).toBe(true);
  });

  it("are checked for shape before any lookup", () => {
    expect(isWellFormedToken(createToken().token)).toBe(true);
    expect(isWellFormedToken("abc")).toBe(false);
    expect(isWellFormedToken("a".repeat(44))).toBe(false);
    expect(isWellFormedToken(`${"a".repeat(42)}/`)).toBe(false);
  });
});
