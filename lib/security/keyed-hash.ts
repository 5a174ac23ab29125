/**
 * Keyed hashes (HMAC-SHA-256 with the instance secret) for values needed only for matching:
 * email fingerprints and client addresses. Without the secret they cannot be reversed by lookup.
 */
import { createHmac } from "node:crypto";
import { config } from "@/lib/config";
import { canonicaliseEmail } from "./email-canonical";

function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", config().secret).update(`${purpose}\0${value}`).digest("base64url");
}

export function emailFingerprint(email: string): string {
  return keyedHash("email", canonicaliseEmail(email));
}

/**
 * 128 bits (22 characters) are plenty to tell addresses apart for limits and trends, and a signature
 * row and its index entry each carry it: the rest of the digest would be stored for nothing.
 */
export function ipHash(ip: string | null | undefined): string | null {
  return ip ? keyedHash("ip", ip).slice(0, 22) : null;
}
