/** The suppression list and the record of provider webhook events already handled. */
import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "../client";
import { prepared } from "../prepared";
import { emailSuppressions, webhookEvents } from "../schema";

// Prepared once (db/prepared.ts): the dispatcher asks for every email it sends.
const suppressed = prepared((db) =>
  db
    .select({ f: emailSuppressions.emailFingerprint })
    .from(emailSuppressions)
    .where(eq(emailSuppressions.emailFingerprint, sql.placeholder("fingerprint")))
    .prepare(),
);

export function isSuppressed(emailFingerprint: string): boolean {
  return !!suppressed().get({ fingerprint: emailFingerprint });
}

export function suppressEmail(db: DbOrTx, emailFingerprint: string, reason: "bounce" | "complaint"): void {
  db.insert(emailSuppressions).values({ emailFingerprint, reason }).onConflictDoNothing().run();
}

/** Records an event id; false when it was already there (a retried delivery). */
export function recordWebhookEvent(db: DbOrTx, id: string, type: string): boolean {
  return db.insert(webhookEvents).values({ id, type }).onConflictDoNothing().run().changes === 1;
}

export function deleteWebhookEventsBefore(before: Date): number {
  return getDb().delete(webhookEvents).where(lt(webhookEvents.receivedAt, before)).run().changes;
}
