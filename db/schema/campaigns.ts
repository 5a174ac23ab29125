/** Campaigns and what hangs directly off them: news updates, organisers' roles, the audit log. */
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CAMPAIGN_ROLES } from "../../lib/auth/roles";
import { CAMPAIGN_STATUSES } from "../../lib/organise/campaign-status";
import { users } from "./auth";
import { belongsTo, createdAt, serialId } from "./columns";

export const campaigns = sqliteTable("campaigns", {
  id: serialId(),
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

/** The key of a row that belongs to a campaign: its own id and the campaign's (it goes when the campaign goes). */
export const campaignRow = () => ({
  id: serialId(),
  campaignId: belongsTo("campaign_id", () => campaigns.id),
});

export const newsUpdates = sqliteTable(
  "news_updates",
  {
    ...campaignRow(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
    /** Set when the update was queued to opted-in signers; it is sent once. */
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("news_campaign_published_idx").on(t.campaignId, t.publishedAt)],
);

export const campaignMembers = sqliteTable(
  "campaign_members",
  {
    campaignId: belongsTo("campaign_id", () => campaigns.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: CAMPAIGN_ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId] }), index("campaign_members_user_idx").on(t.userId)],
);

/** Who did what, when, to which record. Never edited. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: serialId(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    campaignId: integer("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_campaign_idx").on(t.campaignId, t.createdAt)],
);

export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
export type NewsUpdate = typeof newsUpdates.$inferSelect;
export type NewNewsUpdate = typeof newsUpdates.$inferInsert;
export type CampaignMember = typeof campaignMembers.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
