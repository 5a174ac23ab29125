/**
 * Runs before every page request: refuses oversized posts with a clear 413, gives the page a
 * Content-Security-Policy with a fresh nonce (Next reads it from the request and puts it on its own
 * scripts), and routes pages to a language (/en, /ru; Accept-Language decides for bare paths).
 * It is not a security boundary: pages, actions and route handlers check permissions themselves.
 */
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { pageContentSecurityPolicy } from "@/lib/security/headers.js";

const intl = createMiddleware(routing);
// Matches serverActions.bodySizeLimit in next.config.js: a 5 MB cover image plus its form.
const MAX_POST_BYTES = 6 * 1024 * 1024;

export default function proxy(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (request.method !== "GET" && request.method !== "HEAD" && length > MAX_POST_BYTES) {
    return new NextResponse("Request too large.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  // The developers' mailbox is a page outside the language routing.
  const response = request.nextUrl.pathname.startsWith("/dev/")
    ? NextResponse.next({ request: { headers } })
    : intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
