/**
 * The client address used for keyed IP hashes. Behind no proxy it is the address Next saw
 * the connection from (the right-most X-Forwarded-For entry, which Next's own server appends).
 */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((p) => p.trim()).filter(Boolean);
    if (parts.length > 0) return parts[parts.length - 1];
  }
  return headers.get("x-real-ip");
}
