/** The suppression list and the record of provider webhook events already handled. */
import "server-only";
import { eq, lt } from "drizzle-orm";
import { getDb, type DbOrTx } from "../client";
import { emailSuppressions, webhookEvents } from "../schema";

export function isSuppressed(emailFingerprint: string, db: DbOrTx = getDb()): boolean {
  return !!db.select({ f: emailSuppressions.emailFingerprint }).from(emailSuppressions).where(eq(emailSuppressions.emailFingerprint, emailFingerprint)).get();
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
