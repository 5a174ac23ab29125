/**
 * The client address used for keyed IP hashes and rate limits. In production it is decided by the front
 * door (scripts/server.mjs) from the socket, or from X-Forwarded-For behind TRUSTED_PROXY_HOPS proxies,
 * and handed over in a header the front door always overwrites. Without that front door (`next dev`)
 * the right-most X-Forwarded-For entry is used, which a client can choose: development only.
 */
import { CLIENT_ADDRESS_HEADER, frontDoorRunning } from "@picket/front-door";
import type { HeaderReader } from "./origin";

export function clientIpFrom(headers: HeaderReader): string | null {
  if (frontDoorRunning()) return headers.get(CLIENT_ADDRESS_HEADER) || null;
  if (process.env.NODE_ENV === "production") return null;
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length > 0) return parts[parts.length - 1];
  }
  return headers.get("x-real-ip");
}
