/**
 * Cross-site request forgery guard for route handlers that change state: the request must carry an
 * Origin, and it must be this site's (APP_URL, or the Host the request was sent to — a browser on
 * another site cannot forge that pair). Server actions get the same check from Next itself.
 */
import { config } from "@/lib/config";

/** What the checks read from a request's headers: a Fetch `Headers`, or the front door's view of Node's. */
export type HeaderReader = Pick<Headers, "get">;

let parsed: { url: string; origin: string } | undefined;
function appOrigin(url: string): string {
  if (parsed?.url !== url) parsed = { url, origin: new URL(url).origin };
  return parsed.origin;
}

export function hasTrustedOrigin(headers: HeaderReader): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const allowed = new Set([appOrigin(config().appUrl)]);
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host) {
    const proto = headers.get("x-forwarded-proto") ?? "http";
    allowed.add(`${proto}://${host}`);
  }
  return allowed.has(origin);
}
