/**
 * The sign form's schema: the browser (react-hook-form) and the server action parse with it.
 * Messages are error codes, translated by the UI (`errors.<code>` in messages/*.json).
 * zod/mini, like the field builders: this schema travels to every supporter's phone.
 */
import * as z from "zod/mini";
import { DEFAULT_NAME_DISPLAY, NAME_DISPLAY_CHOICES } from "@/lib/petitions/name-display";
import { isCountryCode } from "@/lib/i18n/country-codes";
import { checkbox, optionalText, requiredText } from "./fields";
import { nameHasLink } from "./person-name";
import { LIMITS } from "./signature-limits";

export { LIMITS };

export const signatureSchema = z.object({
  name: z.pipe(requiredText(LIMITS.name), z.string().check(z.refine((v) => !nameHasLink(v), { error: "nameHasLink" }))),
  email: z.pipe(requiredText(LIMITS.email), z.email({ error: "invalidEmail" })),
  country: z
    .string({ error: "required" })
    .check(
      z.refine((v) => v !== "", { error: "required" }),
      z.refine((v) => v === "" || isCountryCode(v), { error: "invalidCountry" }),
    ),
  city: optionalText(LIMITS.city),
  organisation: optionalText(LIMITS.organisation),
  comment: optionalText(LIMITS.comment, true),
  /** "Show my comment publicly": unticked unless the signer ticks it. */
  commentPublic: checkbox,
  nameDisplay: z._default(z.enum(NAME_DISPLAY_CHOICES, { error: "invalidChoice" }), DEFAULT_NAME_DISPLAY),
  optInUpdates: checkbox,
  source: z.pipe(
    z.optional(z.string()),
    z.transform((v: string | undefined) => (v ? v.slice(0, LIMITS.source).replace(/[^A-Za-z0-9_.-]/g, "") || undefined : undefined)),
  ),
});

export const SIGNATURE_FIELDS = Object.keys(signatureSchema.shape) as (keyof typeof signatureSchema.shape)[];

export type SignatureInput = z.input<typeof signatureSchema>;
export type SignatureData = z.output<typeof signatureSchema>;
