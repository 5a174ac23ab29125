/**
 * Schemas of report-backs and planned actions, shared by the browser (react-hook-form) and the server
 * actions. Messages are error codes translated by the UI (`errors.<code>`).
 */
import { z } from "zod";
import type { ReportKind } from "@/db/schema";
import { isLocalDateTime, isTimeZone, zonedTimeToUtc } from "@/lib/calendar/zoned-time";
import { isCountryCode } from "@/lib/i18n/country-codes";
import { optionalText, requiredText } from "./fields";

/** The same list as db/schema's REPORT_KINDS, here so the browser need not load the schema module. */
export const REPORT_KIND_CHOICES = ["letter_delivered", "letter_posted", "protest", "resolution", "reply_received"] as const satisfies readonly ReportKind[];
// Fails to compile if db/schema gains a kind this list lacks.
const everyKind: Record<ReportKind, true> = { letter_delivered: true, letter_posted: true, protest: true, resolution: true, reply_received: true };
void everyKind;

export const REPORT_LIMITS = {
  city: 100,
  account: 3000,
  replyText: 3000,
  organisation: 150,
  contactEmail: 254,
  title: 150,
  description: 3000,
  place: 200,
  contact: 200,
} as const;

/** Photos of the action per report, besides the one photo of a written reply. */
export const MAX_REPORT_PHOTOS = 4;

const id = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });
const optionalId = z
  .union([z.literal(""), id])
  .optional()
  .transform((v) => (v === "" || v === undefined ? undefined : v));
const email = z.pipe(requiredText(REPORT_LIMITS.contactEmail), z.email({ error: "invalidEmail" }));
const country = z
  .string({ error: "required" })
  .refine((v) => v !== "", { error: "required" })
  .refine((v) => v === "" || isCountryCode(v), { error: "invalidCountry" });

/** Today somewhere on Earth (UTC+14): an action done "today" anywhere is never in the future. */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const actionDate = z
  .string({ error: "required" })
  .refine((v) => v !== "", { error: "required" })
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) && v >= "1990-01-01"), {
    error: "invalidDay",
    abort: true,
  })
  .refine((v) => v <= latestToday(), { error: "dateInFuture" });

const reportFields = {
  kind: z.enum(REPORT_KIND_CHOICES, { error: "invalidChoice" }),
  actionDate,
  city: requiredText(REPORT_LIMITS.city),
  country,
  missionId: optionalId,
  account: requiredText(REPORT_LIMITS.account, true),
  replyText: optionalText(REPORT_LIMITS.replyText, true),
  /** Optional: a lone activist reports for no organisation. */
  organisation: optionalText(REPORT_LIMITS.organisation),
};

/** The public "Tell us what you did" form. */
export const reportSchema = z.object({ ...reportFields, contactEmail: email });

/** An organiser's report made from a past planned action: approved at once, no email to confirm. */
export const organiserReportSchema = z.object({ campaignId: id, plannedActionId: id, ...reportFields });

/** A moderator correcting a report's text. */
export const reportEditSchema = z.object({ campaignId: id, reportId: id, ...reportFields });

const localDateTime = z
  .string({ error: "required" })
  .refine((v) => v !== "", { error: "required" })
  .refine((v) => v === "" || isLocalDateTime(v), { error: "invalidDate" });
const optionalLocalDateTime = z
  .string({ error: "invalid" })
  .optional()
  .refine((v) => !v || isLocalDateTime(v), { error: "invalidDate" })
  .transform((v) => v || undefined);

const plannedFields = {
  title: requiredText(REPORT_LIMITS.title),
  description: optionalText(REPORT_LIMITS.description, true),
  startsLocal: localDateTime,
  endsLocal: optionalLocalDateTime,
  timeZone: z
    .string({ error: "required" })
    .refine((v) => v !== "", { error: "required" })
    .refine((v) => v === "" || isTimeZone(v), { error: "invalidTimeZone" }),
  place: requiredText(REPORT_LIMITS.place),
  city: requiredText(REPORT_LIMITS.city),
  country,
  missionId: optionalId,
  /** Optional: a lone activist may leave no public contact. */
  contact: optionalText(REPORT_LIMITS.contact),
  organisation: optionalText(REPORT_LIMITS.organisation),
};

type PlannedTimes = { startsLocal: string; endsLocal?: string; timeZone: string };

/** The instants a valid form describes, or undefined while a field is still invalid. */
export function plannedInstants(data: PlannedTimes): { startsAt: Date; endsAt?: Date } | undefined {
  if (!isLocalDateTime(data.startsLocal) || !isTimeZone(data.timeZone)) return undefined;
  if (data.endsLocal && !isLocalDateTime(data.endsLocal)) return undefined;
  return {
    startsAt: zonedTimeToUtc(data.startsLocal, data.timeZone),
    endsAt: data.endsLocal ? zonedTimeToUtc(data.endsLocal, data.timeZone) : undefined,
  };
}

function checkTimes(data: PlannedTimes, ctx: z.RefinementCtx, isNew: boolean) {
  const times = plannedInstants(data);
  if (!times) return;
  if (isNew && times.startsAt.getTime() < Date.now()) ctx.addIssue({ code: "custom", message: "startsInPast", path: ["startsLocal"] });
  if (times.endsAt && times.endsAt.getTime() <= times.startsAt.getTime()) {
    ctx.addIssue({ code: "custom", message: "endBeforeStart", path: ["endsLocal"] });
  }
}

/** An activist's proposal: new, so never in the past; confirmed by email, then moderated. */
export const proposedActionSchema = z
  .object({ ...plannedFields, contactEmail: email })
  .superRefine((data, ctx) => checkTimes(data, ctx, true));

/** An organiser's planned action, new (not in the past) or edited (may be past: it is a record). */
export const plannedActionSchema = z
  .object({ campaignId: id, plannedActionId: optionalId, ...plannedFields })
  .superRefine((data, ctx) => checkTimes(data, ctx, !data.plannedActionId));

export const moderationDecisionSchema = z.object({
  campaignId: id,
  itemId: id,
  decision: z.enum(["approve", "reject"], { error: "invalidChoice" }),
  /** The organiser's reply to a report's author, sent with the decision. */
  reply: optionalText(REPORT_LIMITS.replyText, true),
});

const coordinate = (max: number) =>
  z
    .string({ error: "invalid" })
    .optional()
    .transform((v) => (v ?? "").trim().replace(",", "."))
    .refine((v) => v === "" || (/^-?\d{1,3}(\.\d+)?$/.test(v) && Math.abs(Number(v)) <= max), { error: "invalidCoordinate" })
    .transform((v) => (v === "" ? undefined : Number(v)));

/** An organiser setting a pin by hand (both coordinates), or (neither) asking for a fresh look-up. */
export const placeCorrectionSchema = z
  .object({ campaignId: id, itemId: id, latitude: coordinate(90), longitude: coordinate(180), lookup: z.string().optional() })
  .superRefine((data, ctx) => {
    if (data.lookup) return;
    if (data.latitude === undefined || data.longitude === undefined) {
      ctx.addIssue({ code: "custom", message: "required", path: [data.latitude === undefined ? "latitude" : "longitude"] });
    }
  });

export const removePhotoSchema = z.object({ campaignId: id, reportId: id, photoId: id });

export const deletePlannedActionSchema = z.object({ campaignId: id, plannedActionId: id });

/** The coordinates to store, or null for "look the city up again". */
export function correctedCoordinates(data: z.output<typeof placeCorrectionSchema>): { latitude: number; longitude: number } | null {
  return data.lookup || data.latitude === undefined || data.longitude === undefined ? null : { latitude: data.latitude, longitude: data.longitude };
}

export type ReportInput = z.input<typeof reportSchema>;
export type ReportData = z.output<typeof reportSchema>;
export type ReportFieldsData = Omit<ReportData, "contactEmail">;
export type ProposedActionData = z.output<typeof proposedActionSchema>;
export type PlannedActionData = z.output<typeof plannedActionSchema>;
export type PlannedFieldsData = Omit<ProposedActionData, "contactEmail">;
