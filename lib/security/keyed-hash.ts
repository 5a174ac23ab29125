/**
 * Keyed hashes (HMAC-SHA-256 with the instance secret) for values needed only for matching:
 * email fingerprints and client addresses. Without the secret they cannot be reversed by lookup.
 * Both hash the canonical form under the admin's identity rules (lib/security/identity-settings.ts):
 * aliases of one mailbox give one fingerprint, and an IPv6 client is its /64 (or the admin's prefix).
 */
import { createHmac } from "node:crypto";
import { config } from "@/lib/config";
import { canonicaliseEmail, type EmailDomainRule } from "./email-canonical";
import { currentEmailRules, currentIpv6Prefix } from "./identity-settings";
import { addressKey } from "./ip-prefix";

function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", config().secret).update(`${purpose}\0${value}`).digest("base64url");
}

export function emailFingerprint(email: string, rules: readonly EmailDomainRule[] = currentEmailRules()): string {
  return keyedHash("email", canonicaliseEmail(email, rules));
}

/**
 * 128 bits (22 characters) are plenty to tell addresses apart for limits and trends, and a signature
 * row and its index entry each carry it: the rest of the digest would be stored for nothing.
 */
export function ipHash(ip: string | null | undefined, ipv6Prefix?: number): string | null {
  // Only an IPv6 address needs the admin's prefix length: IPv4 clients cost no setting read.
  const key = addressKey(ip, ip?.includes(":") ? (ipv6Prefix ?? currentIpv6Prefix()) : undefined);
  return key ? keyedHash("ip", key).slice(0, 22) : null;
}
