/**
 * Schemas of the organiser workspace's forms, shared by the browser (react-hook-form) and the
 * server actions. Messages are error codes translated by the UI (`errors.<code>`).
 */
import { z } from "zod";
import { CAMPAIGN_ROLES } from "@/lib/auth/roles";
import { isLocalDateTime, isTimeZone } from "@/lib/calendar/zoned-time";
import { CAMPAIGN_STATUSES } from "@/lib/organise/campaign-status";
import { safeRedirectPath } from "@/lib/security/safe-url";
import { checkbox, optionalDate, optionalText, requiredText, text as textField } from "./fields";

export const ORGANISER_LIMITS = {
  title: 200,
  slug: 80,
  summary: 500,
  story: 50_000,
  demands: 5_000,
  addressee: 200,
  body: 50_000,
  victoryNote: 5_000,
  email: 254,
  sender: 150,
} as const;

// Organiser text keeps its line breaks (stories, petition texts, demands one per line).
const required = (max: number) => requiredText(max, true);
const optional = (max: number) => optionalText(max, true);
const text = (max: number) => textField(max, true);

/** Lowercase letters, digits and single hyphens: safe in URLs in every language. */
export const slugField = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(ORGANISER_LIMITS.slug, { error: "tooLong" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "invalidSlug" });

const id = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });
const optionalId = z
  .union([z.literal(""), z.undefined(), id])
  .transform((v) => (v === "" || v === undefined ? undefined : v));

export const campaignSchema = z.object({
  campaignId: optionalId,
  title: required(ORGANISER_LIMITS.title),
  slug: slugField,
  summary: required(ORGANISER_LIMITS.summary),
  story: required(ORGANISER_LIMITS.story),
  /** One demand per line, in order. */
  demands: z.pipe(
    text(ORGANISER_LIMITS.demands),
    z.transform((v: string) =>
      v
        .split(/\r?\n/)
        .map((d) => d.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "").trim())
        .filter(Boolean),
    ),
  ),
  status: z.enum(CAMPAIGN_STATUSES, { error: "invalidChoice" }),
  /** Who signs the delivery pack's cover letter, and where the addressee's reply should go. */
  senderName: optionalText(ORGANISER_LIMITS.sender),
  senderOrganisation: optionalText(ORGANISER_LIMITS.sender),
  replyEmail: z.pipe(optionalText(ORGANISER_LIMITS.email), z.email({ error: "invalidEmail" }).optional()),
});

export const petitionSchema = z.object({
  campaignId: id,
  petitionId: optionalId,
  title: required(ORGANISER_LIMITS.title),
  slug: slugField,
  addressee: required(ORGANISER_LIMITS.addressee),
  body: required(ORGANISER_LIMITS.body),
  goal: z.coerce
    .number({ error: "invalidNumber" })
    .int({ error: "invalidNumber" })
    .min(1, { error: "invalidNumber" })
    .max(100_000_000, { error: "invalidNumber" }),
  autoRaiseGoal: checkbox,
  /** Wall-clock time as typed in a datetime-local field (YYYY-MM-DDTHH:MM), in `timeZone`. */
  deadline: z
    .string({ error: "invalid" })
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isLocalDateTime(v), { error: "invalidDate" }),
  /** The organiser's zone the form showed its times in (UTC when a client sends none). */
  timeZone: timeZone().default("UTC"),
  isUrgent: checkbox,
  status: z.enum(["draft", "open", "closed", "won"], { error: "invalidChoice" }),
  victoryNote: optional(ORGANISER_LIMITS.victoryNote),
});

function timeZone() {
  return z
    .string({ error: "required" })
    .refine((v) => isTimeZone(v), { error: "invalidTimeZone" });
}

/** The organiser's own settings. */
export const settingsSchema = z.object({ timeZone: timeZone() });

export const newsSchema = z.object({
  campaignId: id,
  title: required(ORGANISER_LIMITS.title),
  body: required(ORGANISER_LIMITS.body),
  emailSigners: checkbox,
});

export const inviteSchema = z.object({
  campaignId: id,
  email: z.pipe(required(ORGANISER_LIMITS.email), z.email({ error: "invalidEmail" })),
  role: z.enum(CAMPAIGN_ROLES, { error: "invalidChoice" }),
});

export const signInSchema = z.object({
  email: z.pipe(required(ORGANISER_LIMITS.email), z.email({ error: "invalidEmail" })),
  callbackUrl: z
    .string()
    .optional()
    .transform((v) => safeRedirectPath(v, "") || undefined),
});

// Cyrillic titles get readable Latin slugs (simplified BGN/PCGN).
const CYRILLIC: Record<string, string> = Object.fromEntries(
  "а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya і:i ә:a ғ:g қ:q ң:n ө:o ұ:u ү:u һ:h"
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

export function slugify(title: string): string {
  return [...title.toLowerCase()]
    .map((c) => CYRILLIC[c] ?? c)
    .join("")
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, ORGANISER_LIMITS.slug)
    .replace(/-+$/g, "");
}

export type CampaignInput = z.input<typeof campaignSchema>;
export type PetitionInput = z.input<typeof petitionSchema>;
export type NewsInput = z.input<typeof newsSchema>;

/** A moderation rule: at least one criterion; `expected` is the count the organiser previewed. */
export const invalidationSchema = z
  .object({
    petitionId: id,
    emailDomain: z.pipe(optional(253), z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, { error: "invalidDomain" }).optional()),
    ipFingerprint: z.pipe(optional(64), z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, { error: "invalidFingerprint" }).optional()),
    from: optionalDate,
    to: optionalDate,
    country: z.pipe(optional(2), z.string().regex(/^[A-Z]{2}$/, { error: "invalidCountry" }).optional()),
    expected: z.coerce.number().int().min(0).optional(),
    intent: z.enum(["preview", "apply"], { error: "invalidChoice" }),
    /** invalidate live signatures (the default), or release flagged ones (issue #11). */
    kind: z.enum(["invalidate", "release"], { error: "invalidChoice" }).default("invalidate"),
    /** The organiser's zone that `from` and `to` were typed in (UTC when absent). */
    timeZone: z
      .string()
      .optional()
      .refine((v) => !v || isTimeZone(v), { error: "invalidTimeZone" }),
  })
  .refine((r) => r.emailDomain || r.ipFingerprint || r.from || r.to || r.country, { error: "ruleRequired", path: ["form"] });

export const signatureModerationSchema = z.object({
  petitionId: id,
  signatureId: id,
  operation: z.enum(["invalidate", "release", "hideComment", "showComment"], { error: "invalidChoice" }),
});

export const undoSchema = z.object({ petitionId: id, batchId: id });

export const removeMemberSchema = z.object({ campaignId: id, userId: z.string().uuid({ error: "invalid" }) });

export const addAdminSchema = z.object({ email: z.pipe(required(ORGANISER_LIMITS.email), z.email({ error: "invalidEmail" })) });
