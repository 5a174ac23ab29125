/** Outgoing mail: the outbox, the local mailbox, suppressions, fingerprint renames, provider webhooks. */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, serialId } from "./columns";

export const outbox = sqliteTable(
  "outbox",
  {
    id: serialId(),
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
    id: serialId(),
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

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
export type MailboxMessage = typeof mailboxMessages.$inferSelect;
