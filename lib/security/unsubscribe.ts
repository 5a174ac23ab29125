/**
 * Unsubscribe tokens: stateless and signed, naming a campaign and a signer's email fingerprint,
 * so the one-click POST needs no cookie, no session and no lookup table.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

function mac(payload: string): string {
  return createHmac("sha256", config().secret).update(`unsubscribe\0${payload}`).digest("base64url");
}

export function unsubscribeToken(campaignId: number, emailFingerprint: string): string {
  const payload = `${campaignId}.${emailFingerprint}`;
  return `${payload}.${mac(payload)}`;
}

export function readUnsubscribeToken(token: unknown): { campaignId: number; emailFingerprint: string } | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [id, fingerprint, given] = parts;
  const expected = mac(`${id}.${fingerprint}`);
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return null;
  const campaignId = Number(id);
  return Number.isInteger(campaignId) && campaignId > 0 ? { campaignId, emailFingerprint: fingerprint } : null;
}
