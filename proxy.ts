/**
 * Runs before every page request: answers with a clear 4xx where Next would answer 500 (paths with
 * broken escapes, oversized posts, cross-site posts, form posts it cannot parse), gives the page a
 * Content-Security-Policy with a fresh nonce (Next reads it from the request and puts it on its own
 * scripts), and routes pages to a language (/en, /ru; Accept-Language decides for bare paths).
 * It is not a security boundary: pages, actions and route handlers check permissions themselves.
 */
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE, routing } from "@/lib/i18n/routing";
import { isWellFormedActionCall, isWellFormedActionPost } from "@/lib/security/action-form";
import { pageCacheControl, pageContentSecurityPolicy } from "@/lib/security/headers.js";
import { isSameSiteActionPost } from "@/lib/security/origin";

const intl = createMiddleware(routing);
// A 5 MB cover image plus its form.
const MAX_POST_BYTES = 6 * 1024 * 1024;
// Report-back forms (public, and an organiser's from a planned action) carry up to five 10 MB photos:
// matches serverActions.bodySizeLimit and proxyClientMaxBodySize in next.config.js.
const MAX_REPORT_POST_BYTES = 52 * 1024 * 1024;
const REPORT_FORM = /^\/[a-z]{2}\/(?:campaigns\/[^/]+|organise\/campaigns\/\d+\/actions\/\d+)\/report$/;

// Without JavaScript nothing checks the photos before they are sent: say what to do, in both languages.
const REPORT_TOO_LARGE =
  "Request too large: photos may be at most 10 MB each. Go back and choose smaller ones.\n" +
  "Запрос слишком большой: каждая фотография — не больше 10 МБ. Вернитесь и выберите файлы поменьше.\n";

/**
 * A multipart body the form parser cannot read (truncated, empty, without or with the wrong boundary),
 * whose server-action fields are forged beyond decoding, or a JavaScript action call (`next-action`
 * header) whose body React cannot decode (empty, invalid, a reference to a missing part, too large):
 * Next would answer each with a 500.
 */
async function isUnreadableForm(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST") return false;
  const multipart = request.headers.get("content-type")?.toLowerCase().includes("multipart/form-data") ?? false;
  // A call made as JavaScript does: its body is React's reply encoding, multipart or one JSON text.
  if (request.headers.has("next-action")) {
    try {
      const body = multipart ? await request.clone().formData() : await request.clone().text();
      return !isWellFormedActionCall(body, request.headers.get("next-action"));
    } catch {
      return true;
    }
  }
  if (!multipart) return false;
  try {
    return !isWellFormedActionPost(await request.clone().formData());
  } catch {
    return true;
  }
}

/**
 * A path whose escapes do not survive decoding twice (a lone "%" after the first, like "%25", or a
 * broken UTF-8 sequence): next-intl decodes it once and hands Next a URL it cannot decode, a 500.
 * No Picket route has a "%" in it, so these are refused here.
 */
function hasBrokenEscapes(pathname: string): boolean {
  try {
    decodeURIComponent(decodeURI(pathname));
    return false;
  } catch {
    return true;
  }
}

export default async function proxy(request: NextRequest) {
  if (hasBrokenEscapes(request.nextUrl.pathname)) {
    return new NextResponse("Bad request path.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const length = Number(request.headers.get("content-length") ?? "0");
  const reportForm = REPORT_FORM.test(request.nextUrl.pathname);
  if (request.method !== "GET" && request.method !== "HEAD" && length > (reportForm ? MAX_REPORT_POST_BYTES : MAX_POST_BYTES)) {
    const body = reportForm ? REPORT_TOO_LARGE : "Request too large.";
    return new NextResponse(body, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // Every POST to a page is a server action. Next refuses one from another site too, but with a 500,
  // and a missing Origin it lets through; browsers always send one on POST, so none is refused here.
  if (request.method === "POST" && !isSameSiteActionPost(request.headers)) {
    return new NextResponse("Cross-site post refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (await isUnreadableForm(request)) {
    return new NextResponse("Malformed form data.\nДанные формы повреждены.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // Files (icon.svg and the like at the root, uploads): only the checks above. A page path with a dot
  // in a segment ("/en/confirm/a.b") still gets its nonce and language routing below.
  if (/^\/[^/]*\.[^/]*$/.test(request.nextUrl.pathname) || request.nextUrl.pathname.startsWith("/uploads/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  // The developers' mailbox is a page outside the language routing.
  const response = request.nextUrl.pathname.startsWith("/dev/")
    ? NextResponse.next({ request: { headers } })
    : intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  withoutLocaleCookie(response);
  if (request.method === "GET" || request.method === "HEAD") {
    const signedIn = request.cookies.getAll().some((c) => /(^|\.)authjs\.session-token$/.test(c.name));
    response.headers.set("Cache-Control", pageCacheControl(request.nextUrl.pathname, signedIn));
  }
  return response;
}

/**
 * next-intl's middleware sets the language cookie whenever a page's language differs from the
 * browser's Accept-Language; Picket sets it only when a person chooses a language (the switcher's
 * links do, in the browser), so the middleware's is dropped here.
 */
function withoutLocaleCookie(response: NextResponse): void {
  const kept = response.headers.getSetCookie().filter((c) => c.split("=")[0].trim() !== LOCALE_COOKIE);
  response.headers.delete("set-cookie");
  for (const cookie of kept) response.headers.append("set-cookie", cookie);
}

// Dotted paths are matched too: a page's dynamic segment may hold a dot ("/en/confirm/a.b"), and the
// checks above must run for it.
export const config = {
  matcher: ["/((?!api|_next|_vercel).*)"],
};
