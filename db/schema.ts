/**
 * Every table Picket stores, with the row types inferred from them.
 * Columns use portable types (text, integer) so a PostgreSQL schema can mirror this one.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { NAME_DISPLAY_CHOICES } from "../lib/petitions/name-display";

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
  status: text("status", { enum: ["draft", "live", "archived"] }).notNull().default("draft"),
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
    /** Confirmed signatures; changed only in the transaction that confirms or removes one. */
    signatureCount: integer("signature_count").notNull().default(0),
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
    nameDisplay: text("name_display", { enum: NAME_DISPLAY_CHOICES }).notNull(),
    optInUpdates: integer("opt_in_updates", { mode: "boolean" }).notNull().default(false),
    consentVersion: text("consent_version").notNull(),
    locale: text("locale").notNull(),
    source: text("source"),
    /** Keyed hash of the client address; never the address itself. */
    ipHash: text("ip_hash"),
    status: text("status", { enum: ["pending", "confirmed", "invalidated"] })
      .notNull()
      .default("pending"),
    tokenHash: text("token_hash").unique(),
    tokenExpiresAt: integer("token_expires_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("signatures_petition_email_uq").on(t.petitionId, t.emailFingerprint),
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
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt)],
);

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
