// Security headers, shared by next.config.js (every response) and proxy.ts (pages, with a nonce).
// Plain CommonJS because next.config.js loads it before anything is compiled.

const isDev = process.env.NODE_ENV === "development";

/** For pages: scripts run only with this request's nonce (and what they load); nothing from elsewhere. */
function pageContentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its own chunks; 'self' is for old browsers.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** For everything that is not a page (JSON, files, images): nothing may run or be embedded. */
const resourceContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'none'";

const commonHeaders = [
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/**
 * Public pages that are the same for everyone: what an anonymous visitor reads (campaigns, petitions,
 * letters, the privacy page, the thank-you pages). No query string, cookie or session changes them.
 */
const ANONYMOUS_PAGE =
  /^\/[a-z]{2}(?:\/privacy|\/letters(?:\/[^/]+)?|\/petitions\/[^/]+(?:\/thanks|\/confirmed)?|\/campaigns\/[^/]+(?:\/actions(?:\/new(?:\/thanks|\/confirmed)?)?|\/report(?:\/thanks|\/confirmed)?)?)?\/?$/;

/** The browser may keep an anonymous page (for back/forward) but asks again before reusing it. */
const ANONYMOUS_PAGE_CACHE_CONTROL = "private, no-cache";
/** Everything else may show personal data (organiser pages, my-data, confirm and unsubscribe pages, the mailbox). */
const PERSONAL_PAGE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * Cache-Control for a page's GET, by its path: only the anonymous public pages may be stored, and only
 * for a visitor who is not signed in (a campaign member may be reading a draft preview at that path).
 */
function pageCacheControl(pathname, signedIn = false) {
  return !signedIn && ANONYMOUS_PAGE.test(pathname) ? ANONYMOUS_PAGE_CACHE_CONTROL : PERSONAL_PAGE_CACHE_CONTROL;
}

module.exports = { pageContentSecurityPolicy, resourceContentSecurityPolicy, commonHeaders, pageCacheControl, ANONYMOUS_PAGE_CACHE_CONTROL };
