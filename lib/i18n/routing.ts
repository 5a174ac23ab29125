/**
 * URL rules for languages: every public page lives under /en/... or /ru/...
 *
 * The language cookie records a person's choice, and only that: next-intl's Link sets it in the
 * browser when someone picks a language in the switcher (components/layout/language-switcher.tsx),
 * and the proxy reads it to send a bare path ("/") to the chosen language. The middleware would also
 * set it on any page whose language differs from the browser's Accept-Language; proxy.ts strips that
 * (see docs/PRIVACY.md, "Cookies").
 */
import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const LOCALE_COOKIE = "NEXT_LOCALE";
/** One year: a chosen language is remembered, and nothing else is in the cookie. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  localeCookie: { name: LOCALE_COOKIE, maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS, sameSite: "lax" },
});
