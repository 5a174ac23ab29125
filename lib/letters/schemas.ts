/**
 * Schemas of the letter forms, shared by the browser and the server: the organiser's template
 * (merge fields checked at save time, the error naming the field) and the activist's letter
 * request (recipient choice and sender fields; nothing of it is ever stored).
 */
import { z } from "zod";
import { RECIPIENT_KINDS } from "@/lib/recipient-kinds";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { mergeProblemCode, mergeProblems } from "./merge-fields";
import { isLetterLanguage } from "./languages";

/** The kinds of the `recipient_kind` column, from lib/ so browser code never loads db/schema. */
export const RECIPIENT_KIND_OPTIONS = RECIPIENT_KINDS;

export const LETTER_LIMITS = {
  title: 200,
  purpose: 1_000,
  subject: 300,
  salutation: 200,
  body: 20_000,
  signOff: 200,
  recipientName: 200,
  recipientTitle: 200,
  recipientOrganisation: 200,
  recipientAddress: 600,
  recipientEmail: 254,
  senderName: 200,
  senderRole: 200,
  senderOrganisation: 200,
  senderCity: 100,
  senderAddress: 600,
  senderEmail: 254,
  coSignatories: 5_000,
} as const;

const withMergeFields = <S extends z.core.$ZodType<string> & { check: (...checks: z.core.CheckFn<string>[] | z.core.$ZodCheck<string>[]) => S }>(schema: S) =>
  schema.check(
    z.superRefine((value: string, ctx) => {
      const [problem] = mergeProblems(value);
      if (problem) ctx.addIssue({ code: "custom", message: mergeProblemCode(problem) });
    }),
  );

const id = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });
const optionalId = z
  .union([z.literal(""), id])
  .optional()
  .transform((v) => (v === "" || v === undefined ? undefined : v));

export const letterTemplateSchema = z.object({
  campaignId: id,
  templateId: optionalId,
  title: requiredText(LETTER_LIMITS.title),
  purpose: requiredText(LETTER_LIMITS.purpose, true),
  language: z.string({ error: "invalidChoice" }).refine(isLetterLanguage, { error: "invalidChoice" }),
  recipientKind: z.enum(RECIPIENT_KIND_OPTIONS, { error: "invalidChoice" }),
  subject: withMergeFields(requiredText(LETTER_LIMITS.subject)),
  salutation: withMergeFields(requiredText(LETTER_LIMITS.salutation)),
  body: withMergeFields(requiredText(LETTER_LIMITS.body, true)),
  signOff: withMergeFields(requiredText(LETTER_LIMITS.signOff)),
  status: z.enum(["draft", "published"], { error: "invalidChoice" }),
});
export type LetterTemplateInput = z.output<typeof letterTemplateSchema>;

/** "custom", a country code (that country's main entry) or "CC:<entry id>" (another entry there). */
export const RECIPIENT_CHOICE = /^(custom|[A-Z]{2}(:\d{1,10})?)$/;

const optionalEmail = z.pipe(optionalText(254), z.email({ error: "invalidEmail" }).optional());

export const letterRequestSchema = z
  .object({
    recipient: z
      .string({ error: "chooseRecipient" })
      .trim()
      .min(1, { error: "chooseRecipient" })
      .regex(RECIPIENT_CHOICE, { error: "invalidChoice" }),
    recipientName: optionalText(LETTER_LIMITS.recipientName),
    recipientTitle: optionalText(LETTER_LIMITS.recipientTitle),
    recipientOrganisation: optionalText(LETTER_LIMITS.recipientOrganisation),
    recipientAddress: optionalText(LETTER_LIMITS.recipientAddress, true),
    recipientCountry: z.pipe(optionalText(2), z.string().regex(/^[A-Z]{2}$/, { error: "invalidCountry" }).optional()),
    recipientEmail: optionalEmail,
    senderName: requiredText(LETTER_LIMITS.senderName),
    senderRole: optionalText(LETTER_LIMITS.senderRole),
    senderOrganisation: optionalText(LETTER_LIMITS.senderOrganisation),
    senderCity: optionalText(LETTER_LIMITS.senderCity),
    /** Where the sender posts from: how the date is written, and the language of the address's country line. */
    senderCountry: z.pipe(optionalText(2), z.string().regex(/^[A-Z]{2}$/, { error: "invalidCountry" }).optional()),
    senderAddress: optionalText(LETTER_LIMITS.senderAddress, true),
    senderEmail: optionalEmail,
    coSignatories: optionalText(LETTER_LIMITS.coSignatories, true),
    /** The date printed on the letter (YYYY-MM-DD); today when blank. */
    date: z.pipe(
      optionalText(10),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
        .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: "invalidDate" })
        .optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.recipient === "custom" && !v.recipientName && !v.recipientTitle && !v.recipientOrganisation) {
      ctx.addIssue({ code: "custom", message: "customRecipientRequired", path: ["recipientName"] });
    }
  });
export type LetterRequest = z.output<typeof letterRequestSchema>;
export const LETTER_REQUEST_FIELDS = Object.keys(letterRequestSchema.shape) as (keyof LetterRequest)[];
