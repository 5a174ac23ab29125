/**
 * The sign form's schema: the browser (react-hook-form) and the server action parse with it.
 * Messages are error codes, translated by the UI (`errors.<code>` in messages/*.json).
 */
import { z } from "zod";
import { DEFAULT_NAME_DISPLAY, NAME_DISPLAY_CHOICES } from "@/lib/petitions/name-display";
import { isCountryCode } from "@/lib/i18n/country-codes";

export const LIMITS = { name: 100, email: 254, city: 100, organisation: 150, comment: 500, source: 64 } as const;

// Control characters (NUL above all) never belong in a name or a comment; newlines do in a comment.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const text = (max: number, multiline = false) =>
  z
    // A missing field is "required"; anything that is not text is "invalid".
    .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid") })
    .refine((v) => !CONTROL.test(v), { error: "invalidCharacters" })
    // Single-line fields: any run of whitespace (tabs, line breaks) becomes one space, so a name
    // cannot add lines to the delivery pack or to an email.
    .transform((v) => (multiline ? v : v.replace(/\s+/g, " ")).trim())
    .pipe(z.string().max(max, { error: "tooLong" }));

const optionalText = (max: number, multiline = false) =>
  text(max, multiline)
    .optional()
    .transform((v) => (v === "" ? undefined : v));

const required = (max: number) => text(max).pipe(z.string().min(1, { error: "required" }));

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")], { error: "invalid" })
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const signatureSchema = z.object({
  name: required(LIMITS.name),
  email: required(LIMITS.email).pipe(z.email({ error: "invalidEmail" })),
  country: z
    .string({ error: "required" })
    .refine((v) => v !== "", { error: "required" })
    .refine((v) => v === "" || isCountryCode(v), { error: "invalidCountry" }),
  city: optionalText(LIMITS.city),
  organisation: optionalText(LIMITS.organisation),
  comment: optionalText(LIMITS.comment, true),
  nameDisplay: z.enum(NAME_DISPLAY_CHOICES, { error: "invalidChoice" }).default(DEFAULT_NAME_DISPLAY),
  optInUpdates: checkbox,
  source: z
    .string()
    .optional()
    .transform((v) => (v ? v.slice(0, LIMITS.source).replace(/[^A-Za-z0-9_.-]/g, "") || undefined : undefined)),
});

export const SIGNATURE_FIELDS = Object.keys(signatureSchema.shape) as (keyof typeof signatureSchema.shape)[];

export type SignatureInput = z.input<typeof signatureSchema>;
export type SignatureData = z.output<typeof signatureSchema>;
