/**
 * Field builders every form schema shares (sign form, organiser forms). Messages are error codes
 * the UI translates (`errors.<code>`): a missing field is "required", anything not text "invalid".
 *
 * Written with zod/mini, whose functions the bundler can leave out when unused: the sign form runs
 * these in every supporter's browser, and classic zod would add ~25 KB gzipped to the petition page.
 * Classic schemas (organiser forms) compose them as they are: both build on zod's core.
 */
import * as z from "zod/mini";

// Zod would otherwise probe `new Function` to compile faster parsers; the page's CSP forbids eval,
// and each probe is reported as a violation.
z.config({ jitless: true });

// Control characters (NUL above all) never belong in text; line breaks only in multi-line fields.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Trimmed text of at most `max` characters. Single-line fields turn any run of whitespace (tabs,
 * line breaks) into one space, so a name cannot add lines to the delivery pack or to an email.
 */
export const text = (max: number, multiline = false) =>
  z.pipe(
    z.pipe(
      z.string({ error: (issue) => (issue.input === undefined ? "required" : "invalid") }).check(z.refine((v) => !CONTROL.test(v), { error: "invalidCharacters" })),
      z.transform((v: string) => (multiline ? v : v.replace(/\s+/g, " ")).trim()),
    ),
    z.string().check(z.maxLength(max, { error: "tooLong" })),
  );

export const requiredText = (max: number, multiline = false) => z.pipe(text(max, multiline), z.string().check(z.minLength(1, { error: "required" })));

/** Absent or blank becomes undefined. */
export const optionalText = (max: number, multiline = false) =>
  z.pipe(
    z.optional(text(max, multiline)),
    z.transform((v: string | undefined) => (v === "" ? undefined : v)),
  );

/** An HTML checkbox ("on" when ticked, absent when not) or a JSON boolean. */
export const checkbox = z.pipe(
  z.optional(z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")], { error: "invalid" })),
  z.transform((v: boolean | "on" | "true" | "false" | "" | undefined) => v === true || v === "on" || v === "true"),
);

/** A datetime-local value (YYYY-MM-DDTHH:MM) read as UTC, or an ISO time with its zone; blank is undefined. */
export const optionalDate = z.pipe(
  z.optional(z.string({ error: "invalid" })),
  z.transform((v: string | undefined, ctx) => {
    if (!v) return undefined;
    const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.issues.push({ code: "custom", message: "invalidDate", input: v });
      return z.NEVER;
    }
    return date;
  }),
);
