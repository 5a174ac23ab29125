/**
 * Runs before every page request: refuses oversized posts with a clear 413 and routes
 * pages to a language (/en, /ru; Accept-Language decides for bare paths).
 * It is not a security boundary: pages, actions and route handlers check permissions themselves.
 */
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);
// Matches serverActions.bodySizeLimit in next.config.js: a 5 MB cover image plus its form.
const MAX_POST_BYTES = 6 * 1024 * 1024;

export default function proxy(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (request.method !== "GET" && request.method !== "HEAD" && length > MAX_POST_BYTES) {
    return new NextResponse("Request too large.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return intl(request);
}

export const config = {
  matcher: ["/((?!api|dev|_next|_vercel|.*\\..*).*)"],
};
