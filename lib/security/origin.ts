/**
 * The site's origins and which one a request arrived on. The site answers on APP_URL's origin and on
 * each of PICKET_ALTERNATE_ORIGINS (an .onion address, say), nothing else: a request's Host picks one
 * of those for the links made for it (emails, copy-link, redirects, sign-in), and any other Host gets
 * APP_URL's. X-Forwarded-Host reaches this code only from a trusted proxy: the front door
 * (scripts/server.mjs) drops it otherwise.
 *
 * Cross-site request forgery guard for state-changing requests: the request must carry an Origin,
 * and it must be one of the site's origins.
 */
import { config } from "@/lib/config";

/** What the checks read from a request's headers: a Fetch `Headers`, or the front door's view of Node's. */
export type HeaderReader = Pick<Headers, "get">;

let parsed: { appUrl: string; alternates: string[]; origins: string[] } | undefined;

/** APP_URL's origin first, then the alternates. */
export function siteOrigins(): string[] {
  const { appUrl, alternateOrigins } = config();
  if (parsed?.appUrl !== appUrl || parsed.alternates !== alternateOrigins) {
    const origins = [new URL(appUrl).origin, ...alternateOrigins.filter((o) => o !== new URL(appUrl).origin)];
    parsed = { appUrl, alternates: alternateOrigins, origins };
  }
  return parsed.origins;
}

/** The site's origin this request was sent to (by its Host), or APP_URL's when the Host is none of them. */
export function requestOrigin(headers: HeaderReader | null | undefined): string {
  const origins = siteOrigins();
  const host = (headers?.get("x-forwarded-host") ?? headers?.get("host") ?? "").split(",")[0].trim().toLowerCase();
  if (host) {
    for (const origin of origins) if (new URL(origin).host === host) return origin;
  }
  return origins[0];
}

export function isSiteOrigin(origin: string): boolean {
  return siteOrigins().includes(origin);
}

/** True when the request says it comes from one of the site's own pages. A missing or "null" Origin is refused. */
export function hasTrustedOrigin(headers: HeaderReader): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  return isSiteOrigin(origin);
}

/**
 * What a page POST (a server action) must carry: one of the site's origins as its Origin, naming the
 * host the request was sent to (Next compares the two itself, but answers a mismatch with a 500).
 */
export function isSameSiteActionPost(headers: HeaderReader): boolean {
  if (!hasTrustedOrigin(headers)) return false;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0].trim().toLowerCase();
  return new URL(headers.get("origin")!).host === host;
}
