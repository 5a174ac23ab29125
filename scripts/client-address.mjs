/**
 * The client address Picket trusts, decided once at the front door (scripts/server.mjs):
 * the TCP peer; or, behind N reverse proxies (TRUSTED_PROXY_HOPS=N), the N-th X-Forwarded-For entry
 * from the right — the one the outermost trusted proxy wrote. Entries further left were written by the
 * client or by proxies we do not run, so they are never used.
 */

/** Reads TRUSTED_PROXY_HOPS; refuses anything but a small whole number, so a typo cannot open the door. */
export function parseTrustedHops(value) {
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d+$/.test(value.trim()) || Number(value) > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (got "${value}")`);
  }
  return Number(value);
}

export function clientAddress(remoteAddress, forwardedFor, trustedHops) {
  if (trustedHops > 0) {
    const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    // A shorter chain means the request did not come through every trusted proxy: trust only the peer.
    if (chain.length >= trustedHops) return normalise(chain[chain.length - trustedHops]);
  }
  return normalise(remoteAddress ?? "");
}

function normalise(address) {
  let a = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a); // [2001:db8::1]:443
  if (bracketed) a = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":")); // 203.0.113.9:5123
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(a)) a = a.slice(7); // IPv4 seen through an IPv6 socket
  return a.toLowerCase() || null;
}

/**
 * X-Forwarded-Host and X-Forwarded-Proto are believed only behind a trusted proxy (TRUSTED_PROXY_HOPS > 0),
 * and then only their last entry, the one our nearest proxy wrote or passed on. Without one they are
 * dropped: a client could otherwise choose the host Next and Auth.js build URLs from, or that Next's
 * server-action Origin check compares with. Changes `headers` (Node's IncomingHttpHeaders) in place.
 */
export function settleForwardedHeaders(headers, trustedHops) {
  for (const name of ["x-forwarded-host", "x-forwarded-proto"]) {
    const value = headers[name];
    if (value === undefined) continue;
    const last = trustedHops > 0 ? (Array.isArray(value) ? value.join(",") : value).split(",").map((v) => v.trim()).filter(Boolean).pop() : undefined;
    if (last) headers[name] = last;
    else delete headers[name];
  }
}
