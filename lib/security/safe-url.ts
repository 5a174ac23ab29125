/**
 * URLs that come from outside and become links or redirects.
 * - httpLink: stored URLs shown as links: only http(s) becomes an href. The forms already refuse anything
 *   else, but a row from an old import or a hand-edited database must not turn into a script link.
 * - safeRedirectPath: a redirect target read from a request (callbackUrl and the like). It is kept only
 *   if, resolved the way a browser would against the site's origin, it stays on that origin; then only
 *   its path, query and fragment are kept, so the redirect cannot leave the site however it is spelled.
 */

export function httpLink(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const MAX_REDIRECT_LENGTH = 500;
const BASE = "https://picket.invalid";

/**
 * The same-site path for a redirect target, or `fallback`. `origins` are the site's own origins: an
 * absolute URL on one of them is accepted (its path kept); every other absolute URL, scheme-relative
 * URL, backslash or control-character spelling, or non-http scheme gives `fallback`.
 */
export function safeRedirectPath(value: unknown, fallback: string, origins: readonly string[] = []): string {
  if (typeof value !== "string" || value === "" || value.length > MAX_REDIRECT_LENGTH) return fallback;
  // Browsers drop tabs and newlines inside URLs and treat "\" as "/": spellings that hide "//".
  // Anything with a control character, a backslash or leading/trailing space is not a link we made.
  if (/[\u0000-\u001f\u007f\\]/.test(value) || value.trim() !== value) return fallback;
  // A path of ours, or an absolute http(s) URL; never "https:evil" (relative or not depending on the base).
  if (!value.startsWith("/") && !/^https?:\/\//i.test(value)) return fallback;
  let url: URL;
  let base: URL;
  try {
    base = new URL(BASE);
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin && !origins.includes(url.origin)) return fallback;
  if (url.username || url.password) return fallback;
  // The kept path must itself be unambiguous: one leading slash, no encoded slash or backslash that a
  // later decode (ours or a proxy's) could turn into "//evil" or "/\evil".
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || /%(?:2f|5c)/i.test(url.pathname) || /%0[0-9a-f]|%1[0-9a-f]|%7f/i.test(path)) return fallback;
  return path;
}
