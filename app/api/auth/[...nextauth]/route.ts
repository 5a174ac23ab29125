/**
 * Auth.js endpoints: /api/auth/callback/email (the sign-in link), /signout, /session, /csrf, each seen
 * by Auth.js on the site origin the request arrived on.
 * Asking for a sign-in link goes only through the sign-in form's server action, which counts it against
 * the per-address and per-email limits first: Auth.js's own POST /api/auth/signin/<provider> would
 * skip them, so it is refused here (the action calls Auth.js in-process, not through this route).
 */
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { requestOrigin } from "@/lib/security/origin";

/**
 * The request as Auth.js must see it: on the site origin it arrived on (APP_URL or an alternate).
 * Next hands route handlers a URL made from the server's own hostname, not the request's Host, and
 * Auth.js builds its redirects (and the session cookie's site) from that URL.
 */
async function onSiteOrigin(request: NextRequest): Promise<NextRequest> {
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, requestOrigin(request.headers));
  if (url.href === request.url) return request;
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  // A plain Request, which is all Auth.js reads: a NextRequest would spell a loopback host
  // (127.0.0.1, [::1]) as "localhost" again.
  return new Request(url, { method: request.method, headers: request.headers, body }) as NextRequest;
}

export async function GET(request: NextRequest) {
  return handlers.GET(await onSiteOrigin(request));
}

// The only POSTs Picket has a use for; every other spelling (signin, callback, "//signin", "%73ignin") is refused.
const ALLOWED_POSTS = new Set(["signout", "session"]);

export async function POST(request: NextRequest) {
  const segments = request.nextUrl.pathname.split("/").filter(Boolean);
  if (segments.length !== 3 || segments[0] !== "api" || segments[1] !== "auth" || !ALLOWED_POSTS.has(segments[2])) {
    return new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return handlers.POST(await onSiteOrigin(request));
}
