/**
 * The recipient directory's entry schema, shared by the entry form (browser and server action) and
 * by every row of a CSV import, so a row is valid exactly when the same values typed into the form
 * would be. Messages are error codes the UI translates (`errors.<code>`).
 */
import { z } from "zod";
import { ADDRESS_FORMS } from "@/lib/address-forms";
import { RECIPIENT_KINDS } from "@/lib/recipient-kinds";
import { isCountryCode } from "@/lib/i18n/country-codes";
import { optionalText, requiredText, text } from "./fields";

export const DIRECTORY_LIMITS = {
  name: 200,
  headTitle: 200,
  headName: 200,
  addressLines: 1000,
  email: 254,
  phone: 50,
  website: 500,
  source: 500,
  notes: 2000,
} as const;

/** An envelope has room for this many lines; more is a pasting mistake. */
export const MAX_ADDRESS_LINES = 10;

// The keys must be exactly the schema's kinds (a missing or extra one fails to compile), without
// importing db/schema's values into the browser bundle.
export const MISSION_KINDS = RECIPIENT_KINDS;

const id = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

/** Accepts "gb" as well as "GB": spreadsheets and people type either. */
const hostCountry = z
  .string({ error: "required" })
  .trim()
  .toUpperCase()
  .min(1, { error: "required" })
  .refine(isCountryCode, { error: "invalidCountry" });

/** One line per address line; blank lines dropped, each line single-spaced. Blank → null. */
const addressLines = z.pipe(
  text(DIRECTORY_LIMITS.addressLines, true),
  z.transform((v: string, ctx) => {
    const lines = v
      .split(/\r?\n|\r/)
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    if (lines.length > MAX_ADDRESS_LINES) {
      ctx.addIssue({ code: "custom", message: "tooManyLines" });
      return z.NEVER;
    }
    return lines.length ? lines : undefined;
  }),
);

const email = z.pipe(optionalText(DIRECTORY_LIMITS.email), z.email({ error: "invalidEmail" }).optional());

// Digits with the separators people write phone numbers with: "+44 (0)20 7235-1234 ext. 5".
const phone = z.pipe(
  optionalText(DIRECTORY_LIMITS.phone),
  z
    .string()
    .regex(/^\+?[0-9 ()./-]*[0-9][0-9 ()./-]*(?:\s*(?:ext\.?|x)\s*[0-9]+)?$/i, { error: "invalidPhone" })
    .optional(),
);

const website = z.pipe(
  optionalText(DIRECTORY_LIMITS.website),
  z
    .string()
    .refine(
      (v) => {
        try {
          const url = new URL(v);
          return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
        } catch {
          return false;
        }
      },
      { error: "invalidUrl" },
    )
    .optional(),
);

/** Today's date where the day starts first (UTC+14): nobody anywhere can have checked later than that. */
export function latestPossibleDay(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** A real calendar day as YYYY-MM-DD (no 31 April), not after today. */
const verifiedOn = z.pipe(
  optionalText(10),
  z.transform((v: string | undefined, ctx) => {
    if (v === undefined) return undefined;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== v || Number(match![1]) < 1900) {
      ctx.addIssue({ code: "custom", message: "invalidDay" });
      return z.NEVER;
    }
    if (v > latestPossibleDay()) {
      ctx.addIssue({ code: "custom", message: "futureDay" });
      return z.NEVER;
    }
    return v;
  }),
);

/** The fields of one directory entry: what a form posts and what one CSV row holds. */
export const missionFieldsSchema = z.object({
  hostCountry,
  kind: z.enum(MISSION_KINDS, { error: "invalidChoice" }),
  name: requiredText(DIRECTORY_LIMITS.name),
  headTitle: optionalText(DIRECTORY_LIMITS.headTitle),
  headName: optionalText(DIRECTORY_LIMITS.headName),
  addressLines: addressLines.optional(),
  email,
  phone,
  website,
  source: optionalText(DIRECTORY_LIMITS.source),
  verifiedOn,
  notes: optionalText(DIRECTORY_LIMITS.notes, true),
});

export type MissionFields = z.output<typeof missionFieldsSchema>;
export type MissionFieldName = keyof MissionFields;

/**
 * The form of address (entry form only; a CSV row leaves it as it is): "" means "from the title"
 * and is stored as null.
 */
const addressForm = z
  .union([z.literal(""), z.enum(ADDRESS_FORMS, { error: "invalidChoice" })], { error: "invalidChoice" })
  .optional()
  .transform((v) => (v === "" ? null : v));

/** The entry form: the fields plus which campaign, and which entry when editing. */
export const missionSchema = missionFieldsSchema.extend({
  addressForm,
  campaignId: id,
  missionId: z
    .union([z.literal(""), id])
    .optional()
    .transform((v) => (v === "" ? undefined : v)),
});

export const deleteMissionSchema = z.object({ campaignId: id, missionId: id });

/** Step 1 checks the file and writes nothing; the other intents import the checked text. */
export const IMPORT_INTENTS = ["check", "importAll", "importValid"] as const;

export const directoryImportSchema = z.object({
  campaignId: id,
  // Length is bounded again, in bytes, by the import itself; this keeps a hostile post from being parsed at all.
  csv: z.string({ error: "invalid" }).max(2_000_000, { error: "fileTooLarge" }).optional(),
  intent: z.enum(IMPORT_INTENTS, { error: "invalidChoice" }),
});
