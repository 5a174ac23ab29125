/**
 * Auth.js endpoints: /api/auth/callback/email (the sign-in link), /signout, /session, /csrf.
 * Asking for a sign-in link goes only through the sign-in form's server action, which counts it against
 * the per-address and per-email limits first: Auth.js's own POST /api/auth/signin/<provider> would
 * skip them, so it is refused here (the action calls Auth.js in-process, not through this route).
 */
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

export const { GET } = handlers;

// The only POSTs Picket has a use for; every other spelling (signin, callback, "//signin", "%73ignin") is refused.
const ALLOWED_POSTS = new Set(["signout", "session"]);

export async function POST(request: NextRequest) {
  const segments = request.nextUrl.pathname.split("/").filter(Boolean);
  if (segments.length !== 3 || segments[0] !== "api" || segments[1] !== "auth" || !ALLOWED_POSTS.has(segments[2])) {
    return new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return handlers.POST(request);
}
