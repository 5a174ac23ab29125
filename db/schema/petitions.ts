/** Petitions, their signatures, and the moderation batches that invalidate or release signatures. */
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { NAME_DISPLAY_CHOICES } from "../../lib/petitions/name-display";
import { users } from "./auth";
import { campaignRow } from "./campaigns";
import { belongsTo, createdAt, serialId } from "./columns";

export const petitions = sqliteTable(
  "petitions",
  {
    ...campaignRow(),
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
    id: serialId(),
    petitionId: belongsTo("petition_id", () => petitions.id),
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

/** One moderation decision: the rule it applied, how many it took out, and whether it was undone. */
export const moderationBatches = sqliteTable(
  "moderation_batches",
  {
    id: serialId(),
    petitionId: belongsTo("petition_id", () => petitions.id),
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

export type Petition = typeof petitions.$inferSelect;
export type NewPetition = typeof petitions.$inferInsert;
export type Signature = typeof signatures.$inferSelect;
export type NewSignature = typeof signatures.$inferInsert;
export type ModerationBatch = typeof moderationBatches.$inferSelect;
