/**
 * Every table Picket stores, with the row types inferred from them.
 * Columns use portable types (text, integer) so a PostgreSQL schema can mirror this one.
 */
import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CAMPAIGN_ROLES } from "../lib/auth/roles";
import { CAMPAIGN_STATUSES } from "../lib/organise/campaign-status";
import { NAME_DISPLAY_CHOICES } from "../lib/petitions/name-display";
import { RECIPIENT_KINDS, type RecipientKind } from "../lib/recipient-kinds";
import { ADDRESS_FORMS } from "../lib/address-forms";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const campaigns = sqliteTable("campaigns", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  summary: text("summary").notNull(),
  story: text("story").notNull(),
  /** JSON array of strings, in display order. */
  demands: text("demands", { mode: "json" }).$type<string[]>().notNull(),
  targetCountry: text("target_country"),
  coverImage: text("cover_image"),
  status: text("status", { enum: CAMPAIGN_STATUSES }).notNull().default("draft"),
  /** Who last submitted it for an instance admin's approval, and when (lib/organise/campaign-review.ts). */
  submittedBy: text("submitted_by").references((): AnySQLiteColumn => users.id, { onDelete: "set null" }),
  submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
  /** The language the submitter works in: the approval or decline email is written in it. */
  submittedLocale: text("submitted_locale"),
  /** Set once an instance admin approves it; its owners may then take it down and put it back up. */
  approvedAt: integer("approved_at", { mode: "timestamp_ms" }),
  reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }),
  /** The reason given when it was declined, shown to its organisers. */
  declineReason: text("decline_reason"),
  /** Who signs the delivery pack's cover letter (a person), their organisation, and where replies go. */
  senderName: text("sender_name"),
  senderOrganisation: text("sender_organisation"),
  replyEmail: text("reply_email"),
  createdAt: createdAt(),
});

export const petitions = sqliteTable(
  "petitions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    addressee: text("addressee").notNull(),
    body: text("body").notNull(),
    goal: integer("goal").notNull(),
    deadline: integer("deadline", { mode: "timestamp_ms" }),
    isUrgent: integer("is_urgent", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: ["draft", "open", "closed", "won"] }).notNull().default("draft"),
    /** When the goal is reached, raise it (to the next step of a 1-2-5 series) instead of stopping at 100%. */
    autoRaiseGoal: integer("auto_raise_goal", { mode: "boolean" }).notNull().default(false),
    victoryNote: text("victory_note"),
    /** Confirmed signatures; changed only in the transaction that confirms or removes one. */
    signatureCount: integer("signature_count").notNull().default(0),
    /** When it was marked closed or won; with the deadline, starts the clock for anonymisation. */
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("petitions_campaign_idx").on(t.campaignId)],
);


export const signatures = sqliteTable(
  "signatures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    petitionId: integer("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** As typed (trimmed): where emails go. */
    email: text("email").notNull(),
    /** Keyed hash of the canonical email: one signature per person per petition. */
    emailFingerprint: text("email_fingerprint").notNull(),
    country: text("country").notNull(),
    city: text("city"),
    organisation: text("organisation"),
    comment: text("comment"),
    commentHidden: integer("comment_hidden", { mode: "boolean" }).notNull().default(false),
    /** The signer ticked "show my comment publicly"; shown only while confirmed and not hidden. */
    commentPublic: integer("comment_public", { mode: "boolean" }).notNull().default(false),
    nameDisplay: text("name_display", { enum: NAME_DISPLAY_CHOICES }).notNull(),
    optInUpdates: integer("opt_in_updates", { mode: "boolean" }).notNull().default(false),
    consentVersion: text("consent_version").notNull(),
    locale: text("locale").notNull(),
    source: text("source"),
    /** Keyed hash of the client address; never the address itself. */
    ipHash: text("ip_hash"),
    /** flagged: over a rate limit or caught by the honeypot; stored for moderators, never counted or emailed. */
    status: text("status", { enum: ["pending", "confirmed", "invalidated", "flagged"] })
      .notNull()
      .default("pending"),
    /** Set while invalidated by a moderation batch: what to restore on undo. */
    invalidatedBy: integer("invalidated_by"),
    statusBeforeInvalidation: text("status_before_invalidation", { enum: ["pending", "confirmed"] }),
    /** Set when a moderation batch released this flagged signature: undoing the batch flags it again. */
    releasedBy: integer("released_by"),
    tokenHash: text("token_hash").unique(),
    tokenExpiresAt: integer("token_expires_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    /** Set when retention stripped the personal data; the row stays so counts stay true. */
    anonymisedAt: integer("anonymised_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("signatures_petition_email_uq").on(t.petitionId, t.emailFingerprint),
    index("signatures_petition_ip_idx").on(t.petitionId, t.ipHash, t.createdAt),
    index("signatures_petition_status_idx").on(t.petitionId, t.status, t.confirmedAt),
  ],
);

export const newsUpdates = sqliteTable(
  "news_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
    /** Set when the update was queued to opted-in signers; it is sent once. */
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("news_campaign_published_idx").on(t.campaignId, t.publishedAt)],
);

export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    template: text("template").notNull(),
    recipient: text("recipient").notNull(),
    locale: text("locale").notNull(),
    /** JSON props for the template, rendered when the message is sent. */
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: ["pending", "sent", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    /**
     * Set before a row is first offered in a batch call: the batch's idempotency key. Until sent, the
     * row is only ever offered again in that same batch under that same key, so a provider that
     * delivered a batch but whose answer was lost never delivers it a second time.
     */
    batchKey: text("batch_key"),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt), index("outbox_batch_idx").on(t.batchKey)],
);

/** Addresses that bounced or complained: nothing is sent to them again. Keyed fingerprints only. */
export const emailSuppressions = sqliteTable("email_suppressions", {
  emailFingerprint: text("email_fingerprint").primaryKey(),
  reason: text("reason", { enum: ["bounce", "complaint"] }).notNull(),
  createdAt: createdAt(),
});

/**
 * Written by `npm run signatures:refingerprint`: an email fingerprint made under older identity rules
 * and the one that replaced it, so unsubscribe links and do-not-email entries made before keep working.
 * Keyed hashes only.
 */
export const fingerprintRenames = sqliteTable("fingerprint_renames", {
  oldFingerprint: text("old_fingerprint").primaryKey(),
  newFingerprint: text("new_fingerprint").notNull(),
  createdAt: createdAt(),
});

/** One row per counted event (a magic-link request, a report-back, an API call) for sliding-window limits. */
export const rateLimitEvents = sqliteTable(
  "rate_limit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** What is limited and for whom, e.g. "magic-link:<ip hash>"; never a raw address. */
    key: text("key").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("rate_limit_events_key_at_idx").on(t.key, t.at)],
);

/** Proof-of-work challenges already spent: a solution is accepted once, until its challenge expires. */
export const spentChallenges = sqliteTable("spent_challenges", {
  /** Hash of the solved challenge. */
  id: text("id").primaryKey(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

/** "My data" links: one-time, short-lived, stored hashed; they open a signer's own records. */
export const dataAccessTokens = sqliteTable("data_access_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  /** The address asked about, to find records kept under the raw address (outbox, reports). */
  email: text("email").notNull(),
  emailFingerprint: text("email_fingerprint").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: createdAt(),
});

/** Provider webhook deliveries already handled, by the provider's event id: a retry is a no-op. */
export const webhookEvents = sqliteTable("webhook_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: integer("received_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

/** The local mailbox transport: messages kept for a newcomer to read at /dev/mailbox. */
export const mailboxMessages = sqliteTable(
  "mailbox_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recipient: text("recipient").notNull(),
    sender: text("sender").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>(),
    idempotencyKey: text("idempotency_key").unique(),
    createdAt: createdAt(),
  },
  (t) => [index("mailbox_recipient_idx").on(t.recipient, t.createdAt)],
);

/** Small key/value facts about the instance (e.g. the health check's last write). */
export const instanceMeta = sqliteTable("instance_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/* ---- Organisers: Auth.js tables (names as @auth/drizzle-adapter expects) and Picket's roles ---- */

export const users = sqliteTable("users", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "timestamp_ms" }),
  image: text("image"),
  /** Instance admins manage organisers and settings. */
  isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
  /** The IANA zone an organiser enters and reads times in; null reads as UTC. */
  timeZone: text("time_zone"),
  createdAt: createdAt(),
});

export const accounts = sqliteTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"email" | "oauth" | "oidc" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = sqliteTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Idle expiry, pushed forward by activity. */
  expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  /** For the absolute lifetime, which activity does not extend. */
  createdAt: createdAt(),
});

export const verificationTokens = sqliteTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const campaignMembers = sqliteTable(
  "campaign_members",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: CAMPAIGN_ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId] }), index("campaign_members_user_idx").on(t.userId)],
);

/** One moderation decision: the rule it applied, how many it took out, and whether it was undone. */
export const moderationBatches = sqliteTable(
  "moderation_batches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    petitionId: integer("petition_id")
      .notNull()
      .references(() => petitions.id, { onDelete: "cascade" }),
    rule: text("rule", { mode: "json" }).$type<Record<string, string>>().notNull(),
    /** invalidate: live signatures taken out of the count; release: flagged ones sent their confirmation email. */
    kind: text("kind", { enum: ["invalidate", "release"] }).notNull().default("invalidate"),
    affected: integer("affected").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    undoneAt: integer("undone_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("moderation_petition_idx").on(t.petitionId)],
);

/** Who did what, when, to which record. Never edited. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    campaignId: integer("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_campaign_idx").on(t.campaignId, t.createdAt)],
)

/* ---- Protest letters and actions worldwide (issue 4) ---- */

export { RECIPIENT_KINDS, type RecipientKind };

/** A campaign's protest-letter template. Text fields may hold merge fields such as {{recipient.name}}. */
export const letterTemplates = sqliteTable(
  "letter_templates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    purpose: text("purpose").notNull(),
    /** ISO 639-1 code of the letter's language (not necessarily a UI locale). */
    language: text("language").notNull(),
    recipientKind: text("recipient_kind", { enum: RECIPIENT_KINDS }).notNull(),
    /** Email subject line; merge fields allowed. */
    subject: text("subject").notNull(),
    /** e.g. "Dear {{recipient.title}} {{recipient.name}},". */
    salutation: text("salutation").notNull(),
    /** Markdown; merge fields allowed. */
    body: text("body").notNull(),
    /** e.g. "Yours sincerely,". */
    signOff: text("sign_off").notNull(),
    status: text("status", { enum: ["draft", "published"] }).notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("letter_templates_campaign_idx").on(t.campaignId, t.status)],
);

/** The directory: the target state's missions abroad (or other recipients), by host country. */
export const missions = sqliteTable(
  "missions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** ISO 3166-1 alpha-2 code of the country the mission is in. */
    hostCountry: text("host_country").notNull(),
    kind: text("kind", { enum: RECIPIENT_KINDS }).notNull().default("embassy"),
    name: text("name").notNull(),
    headTitle: text("head_title"),
    headName: text("head_name"),
    /** How letters greet the head of mission ("Your Excellency,"); null: read from the title (lib/letters/salutations.ts). */
    addressForm: text("address_form", { enum: ADDRESS_FORMS }),
    /** Postal address, one line per array item; null when no address has been sourced. */
    addressLines: text("address_lines", { mode: "json" }).$type<string[]>(),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    /** Where the data came from (a URL or a citation); null means not verified. */
    source: text("source"),
    /** The day the data was last checked against its source, YYYY-MM-DD. */
    verifiedOn: text("verified_on"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("missions_campaign_country_idx").on(t.campaignId, t.hostCountry)],
);

export const REPORT_KINDS = ["letter_delivered", "letter_posted", "protest", "resolution", "reply_received"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** unconfirmed: waiting for the contact email's confirmation; pending: waiting for a moderator. */
export const SUBMISSION_STATUSES = ["unconfirmed", "pending", "approved", "rejected"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** "Tell us what you did": a report-back from activists. Public only once approved. */
export const actionReports = sqliteTable(
  "action_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: REPORT_KINDS }).notNull(),
    /** The day of the action, YYYY-MM-DD. */
    actionDate: text("action_date").notNull(),
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
    account: text("account").notNull(),
    replyText: text("reply_text"),
    organisation: text("organisation").notNull(),
    /** Private: never shown publicly. Null once anonymised. */
    contactEmail: text("contact_email"),
    /** Version of the privacy notice shown on the public form (null for organisers' own entries). */
    consentVersion: text("consent_version"),
    locale: text("locale").notNull(),
    ipHash: text("ip_hash"),
    status: text("status", { enum: SUBMISSION_STATUSES }).notNull().default("unconfirmed"),
    tokenHash: text("token_hash").unique(),
    tokenExpiresAt: integer("token_expires_at", { mode: "timestamp_ms" }),
    /** Set when the report was made from a planned action. */
    plannedActionId: integer("planned_action_id").references(() => plannedActions.id, { onDelete: "set null" }),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    moderatedAt: integer("moderated_at", { mode: "timestamp_ms" }),
    moderatedBy: text("moderated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("action_reports_campaign_status_idx").on(t.campaignId, t.status, t.actionDate)],
);

/** Photos attached to a report: pictures of the action, or of the mission's written reply. */
export const reportPhotos = sqliteTable(
  "report_photos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => actionReports.id, { onDelete: "cascade" }),
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
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description"),
    /** The instant it starts (UTC) and the IANA time zone of the place, for display and .ics. */
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }),
    timeZone: text("time_zone").notNull(),
    /** Where to meet: a street address or landmark. */
    place: text("place").notNull(),
    city: text("city").notNull(),
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
    /** Public contact shown with the action (an organisation, an email address, a phone). */
    contact: text("contact").notNull(),
    organisation: text("organisation"),
    /** Private: the submitting activist's email, for confirmation. Null for organisers' own. */
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
  },
  (t) => [index("planned_actions_campaign_status_idx").on(t.campaignId, t.status, t.startsAt)],
);

export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
export type Petition = typeof petitions.$inferSelect;
export type NewPetition = typeof petitions.$inferInsert;
export type Signature = typeof signatures.$inferSelect;
export type NewSignature = typeof signatures.$inferInsert;
export type NewsUpdate = typeof newsUpdates.$inferSelect;
export type NewNewsUpdate = typeof newsUpdates.$inferInsert;
export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
export type MailboxMessage = typeof mailboxMessages.$inferSelect;
export type User = typeof users.$inferSelect;
export type CampaignMember = typeof campaignMembers.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type ModerationBatch = typeof moderationBatches.$inferSelect;
export type LetterTemplate = typeof letterTemplates.$inferSelect;
export type NewLetterTemplate = typeof letterTemplates.$inferInsert;
export type Mission = typeof missions.$inferSelect;
export type NewMission = typeof missions.$inferInsert;
export type ActionReport = typeof actionReports.$inferSelect;
export type NewActionReport = typeof actionReports.$inferInsert;
export type ReportPhoto = typeof reportPhotos.$inferSelect;
export type PlannedAction = typeof plannedActions.$inferSelect;
export type NewPlannedAction = typeof plannedActions.$inferInsert;
