/** Abuse and access: rate-limit events, spent proof-of-work challenges, "My data" tokens, instance facts. */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, serialId } from "./columns";

/** One row per counted event (a magic-link request, a report-back, an API call) for sliding-window limits. */
export const rateLimitEvents = sqliteTable(
  "rate_limit_events",
  {
    id: serialId(),
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

/** Small key/value facts about the instance (e.g. the health check's last write). */
export const instanceMeta = sqliteTable("instance_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
