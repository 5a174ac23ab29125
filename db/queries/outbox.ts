/** The email outbox: rows written with the fact that causes them, claimed and settled by the dispatcher. */
import "server-only";
import { and, asc, eq, inArray, isNull, lt, lte, min, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { prepared } from "../prepared";
import { outbox, type OutboxRow } from "../schema";

export interface EmailToEnqueue {
  template: string;
  recipient: string;
  locale: string;
  payload: Record<string, unknown>;
}

// Prepared once (db/prepared.ts): every signature enqueues an email.
const insertEmail = prepared((db) =>
  db
    .insert(outbox)
    .values({
      template: sql.placeholder("template"),
      recipient: sql.placeholder("recipient"),
      locale: sql.placeholder("locale"),
      payload: sql.placeholder("payload"),
      status: "pending",
      nextAttemptAt: sql.placeholder("now"),
      createdAt: sql.placeholder("now"),
    } as unknown as typeof outbox.$inferInsert)
    .returning({ id: outbox.id })
    .prepare(),
);

/** Runs on the process's one connection: called inside a transaction, the row is written in it. */
export function enqueueEmail(email: EmailToEnqueue, now = new Date()): number {
  return insertEmail().get({ ...email, now })!.id;
}

/**
 * Claims up to `limit` due rows by setting a lease; a row is claimed by exactly one
 * dispatcher even if several processes share the database. A row already offered in a batch
 * brings the rest of its batch along, so the batch can be offered again whole.
 */
export function claimDueEmails(now: Date, limit: number, leaseMs: number): OutboxRow[] {
  const db = getDb();
  const unlocked = or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now));
  return db.transaction(
    (tx) => {
      const due = tx
        .select({ id: outbox.id, batchKey: outbox.batchKey })
        .from(outbox)
        .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now), unlocked))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(limit)
        .all();
      const keys = [...new Set(due.map((r) => r.batchKey).filter((k): k is string => !!k))];
      const ids = new Set(due.map((r) => r.id));
      if (keys.length > 0) {
        for (const { id } of tx
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(eq(outbox.status, "pending"), inArray(outbox.batchKey, keys), unlocked))
          .all()) {
          ids.add(id);
        }
      }
      if (ids.size === 0) return [];
      return tx
        .update(outbox)
        .set({ lockedUntil: new Date(now.getTime() + leaseMs) })
        .where(inArray(outbox.id, [...ids]))
        .returning()
        .all()
        .sort((a, b) => a.id - b.id);
    },
    { behavior: "immediate" },
  );
}

/** Records the batch key on rows before they are first offered together. */
export function assignBatchKey(ids: number[], key: string): void {
  getDb().update(outbox).set({ batchKey: key }).where(inArray(outbox.id, ids)).run();
}

const settleSent = prepared((db) =>
  db
    .update(outbox)
    .set({
      status: "sent",
      sentAt: sql.placeholder("now"),
      lockedUntil: null,
      providerMessageId: sql.placeholder("providerMessageId"),
      payload: sql.placeholder("payload"),
      attempts: sql`${outbox.attempts} + 1`,
    } as unknown as Partial<typeof outbox.$inferInsert>)
    .where(eq(outbox.id, sql.placeholder("id")))
    .prepare(),
);

export function markEmailSent(id: number, now: Date, providerMessageId: string | null, payload: Record<string, unknown>) {
  settleSent().run({ id, now, providerMessageId, payload });
}

export function markEmailAttemptFailed(id: number, opts: { error: string; nextAttemptAt: Date; give_up: boolean }) {
  getDb()
    .update(outbox)
    .set({
      status: opts.give_up ? "failed" : "pending",
      attempts: sql`${outbox.attempts} + 1`,
      lastError: opts.error.slice(0, 1000),
      nextAttemptAt: opts.nextAttemptAt,
      lockedUntil: null,
    })
    .where(eq(outbox.id, id))
    .run();
}

/** How long the oldest due, unsent email has waited, and how many are waiting. */
export function outboxLag(now: Date): { pending: number; oldestDueMs: number } {
  const db = getDb();
  const where = and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now));
  const row = db
    .select({
      pending: sql<number>`count(*)`,
      oldest: min(outbox.nextAttemptAt),
    })
    .from(outbox)
    .where(where)
    .get();
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : now.getTime();
  return {
    pending: Number(row?.pending ?? 0),
    oldestDueMs: Math.max(0, now.getTime() - oldest),
  };
}

/** Deletes rows delivered (or given up on) before `before`: with them go the recipients' addresses. */
export function deleteSettledEmails(before: Date): number {
  return getDb()
    .delete(outbox)
    .where(or(and(eq(outbox.status, "sent"), lt(outbox.sentAt, before)), and(eq(outbox.status, "failed"), lt(outbox.createdAt, before))))
    .run().changes;
}
