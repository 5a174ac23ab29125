/**
 * The client address used for keyed IP hashes: the right-most X-Forwarded-For entry. Next fills the
 * header with the TCP peer only when a request has none, so a client talking to Picket directly can
 * set it: good enough for the moderation fingerprint it feeds today, not for rate limits (issue #5).
 */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((p) => p.trim()).filter(Boolean);
    if (parts.length > 0) return parts[parts.length - 1];
  }
  return headers.get("x-real-ip");
}
