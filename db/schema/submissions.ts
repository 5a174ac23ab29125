/**
 * Submissions: report-backs ("tell us what you did") and planned actions (an announced picket).
 * Both follow one lifecycle (lib/submissions/): submitted from a public form, confirmed by an email
 * link, moderated, then public. `submissionColumns` holds the columns that lifecycle needs, so the two
 * tables cannot drift; each table adds only its own fields.
 */
import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { campaignRow } from "./campaigns";
import { belongsTo, createdAt, serialId } from "./columns";
import { missions } from "./letters";

export const REPORT_KINDS = ["letter_delivered", "letter_posted", "protest", "resolution", "reply_received"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** unconfirmed: waiting for the contact email's confirmation; pending: waiting for a moderator. */
export const SUBMISSION_STATUSES = ["unconfirmed", "pending", "approved", "rejected"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Where it happened, for the map and the directory. */
const submissionPlace = () => ({
  city: text("city").notNull(),
  /** ISO 3166-1 alpha-2. */
  country: text("country").notNull(),
  /**
   * Where the pin goes on the map (WGS84 degrees), looked up in the offline gazetteer from country +
   * city when the row is written, or set by an organiser. Null when the city was not found.
   */
  latitude: real("latitude"),
  longitude: real("longitude"),
  /** An organiser set the coordinates by hand: later edits of the city do not look them up again. */
  placeCorrected: integer("place_corrected", { mode: "boolean" }).notNull().default(false),
  missionId: integer("mission_id").references(() => missions.id, { onDelete: "set null" }),
});

/** Who sent it, the email confirmation, and moderation. */
const submissionLifecycle = () => ({
  /** Private: the submitter's email, for confirmation; never shown publicly. Null for organisers' own, or once anonymised. */
  contactEmail: text("contact_email"),
  /** Version of the privacy notice shown on the public form (null for organisers' own entries). */
  consentVersion: text("consent_version"),
  locale: text("locale").notNull(),
  ipHash: text("ip_hash"),
  status: text("status", { enum: SUBMISSION_STATUSES }).notNull().default("unconfirmed"),
  tokenHash: text("token_hash").unique(),
  tokenExpiresAt: integer("token_expires_at", { mode: "timestamp_ms" }),
  createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
  moderatedAt: integer("moderated_at", { mode: "timestamp_ms" }),
  moderatedBy: text("moderated_by").references(() => users.id, { onDelete: "set null" }),
});

/** "Tell us what you did": a report-back from activists. Public only once approved. */
export const actionReports = sqliteTable(
  "action_reports",
  {
    ...campaignRow(),
    kind: text("kind", { enum: REPORT_KINDS }).notNull(),
    /** The day of the action, YYYY-MM-DD. */
    actionDate: text("action_date").notNull(),
    ...submissionPlace(),
    account: text("account").notNull(),
    replyText: text("reply_text"),
    organisation: text("organisation").notNull(),
    /** Set when the report was made from a planned action. */
    plannedActionId: integer("planned_action_id").references(() => plannedActions.id, { onDelete: "set null" }),
    ...submissionLifecycle(),
  },
  (t) => [index("action_reports_campaign_status_idx").on(t.campaignId, t.status, t.actionDate)],
);

/** Photos attached to a report: pictures of the action, or of the mission's written reply. */
export const reportPhotos = sqliteTable(
  "report_photos",
  {
    id: serialId(),
    reportId: belongsTo("report_id", () => actionReports.id),
    /** Public path (/uploads/reports/...), written only after metadata was stripped. */
    path: text("path").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    role: text("role", { enum: ["photo", "reply"] }).notNull().default("photo"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("report_photos_report_idx").on(t.reportId)],
);

/** An announced protest or picket. Organisers' are approved at once; activists' go through moderation. */
export const plannedActions = sqliteTable(
  "planned_actions",
  {
    ...campaignRow(),
    title: text("title").notNull(),
    description: text("description"),
    /** The instant it starts (UTC) and the IANA time zone of the place, for display and .ics. */
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }),
    timeZone: text("time_zone").notNull(),
    /** Where to meet: a street address or landmark. */
    place: text("place").notNull(),
    ...submissionPlace(),
    /** Public contact shown with the action (an organisation, an email address, a phone). */
    contact: text("contact").notNull(),
    organisation: text("organisation"),
    ...submissionLifecycle(),
  },
  (t) => [index("planned_actions_campaign_status_idx").on(t.campaignId, t.status, t.startsAt)],
);

export type ActionReport = typeof actionReports.$inferSelect;
export type NewActionReport = typeof actionReports.$inferInsert;
export type ReportPhoto = typeof reportPhotos.$inferSelect;
export type PlannedAction = typeof plannedActions.$inferSelect;
export type NewPlannedAction = typeof plannedActions.$inferInsert;
