/**
 * Schemas for the bound arguments of button actions (lib/forms/button-action.ts). A forged post
 * can rewrite any bound argument, so each is checked like a form field before it is used.
 */
import { z } from "zod";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** An emailed link's token as the links carry it (URL-safe base64); anything else is an invalid link. */
export const emailedToken = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
export const tokenArgs = z.object({ token: emailedToken });
/** A button whose only bound argument is the locale. */
export const noArgs = z.object({});

/** A bound locale is read leniently, as URLs are: an unknown one falls back to English. */
export function langOf(locale: unknown): Locale {
  return isLocale(locale) ? locale : "en";
}
