/**
 * One-time tokens sent by email: 256 random bits, only their SHA-256 hash is stored.
 */
import { createHash, randomBytes } from "node:crypto";

export const SIGNATURE_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function createToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function tokenExpiry(now: Date, ttlMs = SIGNATURE_TOKEN_TTL_MS): Date {
  return new Date(now.getTime() + ttlMs);
}

export function isTokenExpired(expiresAt: Date | null, now: Date): boolean {
  return !expiresAt || expiresAt.getTime() <= now.getTime();
}

/** Tokens are base64url of 32 bytes; anything else is refused before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
