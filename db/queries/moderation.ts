/**
 * Moderation batches: invalidating live signatures by rule, releasing flagged ones (issue #11), and
 * undoing either. Counts move in the same transaction as the signatures.
 */
import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "../client";
import { moderationBatches, signatures } from "../schema";
import { countRows } from "./count";
import { incrementSignatureCount } from "./petitions";

export interface InvalidationRule {
  signatureId?: number;
  emailDomain?: string;
  ipFingerprint?: string;
  from?: Date;
  to?: Date;
  country?: string;
}

export type BatchKind = "invalidate" | "release";

/**
 * The petition's signatures that the rule matches and the batch kind acts on: live ones (pending or
 * confirmed) to invalidate, flagged ones to release.
 */
function matching(petitionId: number, rule: InvalidationRule, kind: BatchKind = "invalidate"): SQL {
  const domain = sql`lower(substr(${signatures.email}, instr(${signatures.email}, '@') + 1))`;
  return and(
    eq(signatures.petitionId, petitionId),
    kind === "release" ? eq(signatures.status, "flagged") : inArray(signatures.status, ["pending", "confirmed"]),
    rule.signatureId ? eq(signatures.id, rule.signatureId) : undefined,
    rule.emailDomain ? eq(domain, rule.emailDomain.toLowerCase()) : undefined,
    // A prefix of the fingerprint, compared exactly: base64url has "_", which LIKE reads as a wildcard.
    rule.ipFingerprint ? sql`substr(${signatures.ipHash}, 1, ${rule.ipFingerprint.length}) = ${rule.ipFingerprint}` : undefined,
    rule.from ? gte(signatures.createdAt, rule.from) : undefined,
    rule.to ? lte(signatures.createdAt, rule.to) : undefined,
    rule.country ? eq(signatures.country, rule.country) : undefined,
  )!;
}

export function countMatching(db: DbOrTx, petitionId: number, rule: InvalidationRule, kind: BatchKind = "invalidate"): number {
  return countRows(db, signatures, matching(petitionId, rule, kind));
}

export function applyInvalidation(db: DbOrTx, petitionId: number, rule: InvalidationRule, ruleForLog: Record<string, string>, userId: string) {
  const where = matching(petitionId, rule);
  const confirmed = countRows(db, signatures, and(where, eq(signatures.status, "confirmed")));
  const affected = countRows(db, signatures, where);
  const batch = db
    .insert(moderationBatches)
    .values({ petitionId, rule: ruleForLog, affected, createdBy: userId, createdAt: new Date() })
    .returning()
    .get();
  db.update(signatures)
    .set({ statusBeforeInvalidation: sql`${signatures.status}`, status: "invalidated", invalidatedBy: batch.id })
    .where(where)
    .run();
  if (confirmed) incrementSignatureCount(db, petitionId, -confirmed);
  return { batch, affected, confirmed };
}

/** The flagged signatures a release rule matches: who gets a confirmation email. */
export function listFlaggedMatching(db: DbOrTx, petitionId: number, rule: InvalidationRule) {
  return db
    .select({ id: signatures.id, name: signatures.name, email: signatures.email, locale: signatures.locale })
    .from(signatures)
    .where(matching(petitionId, rule, "release"))
    .orderBy(signatures.id)
    .all();
}

export function createReleaseBatch(db: DbOrTx, petitionId: number, rule: Record<string, string>, affected: number, userId: string) {
  return db
    .insert(moderationBatches)
    .values({ petitionId, kind: "release", rule, affected, createdBy: userId, createdAt: new Date() })
    .returning()
    .get();
}

/** A released signature is pending with a fresh confirmation token, remembering its batch for undo. */
export function markReleased(db: DbOrTx, signatureId: number, batchId: number, tokenHash: string, tokenExpiresAt: Date): void {
  db.update(signatures)
    .set({ status: "pending", tokenHash, tokenExpiresAt, releasedBy: batchId })
    .where(and(eq(signatures.id, signatureId), eq(signatures.status, "flagged")))
    .run();
}

function openBatch(db: DbOrTx, petitionId: number, batchId: number) {
  const batch = db
    .select()
    .from(moderationBatches)
    .where(and(eq(moderationBatches.id, batchId), eq(moderationBatches.petitionId, petitionId)))
    .get();
  return !batch || batch.undoneAt ? null : batch;
}

/**
 * Flags again what a release batch released: its confirmation links die (token removed) and those
 * already confirmed leave the count. Signatures invalidated since stay invalidated. Null if the batch
 * does not exist, is not a release, or was already undone.
 */
export function undoRelease(db: DbOrTx, petitionId: number, batchId: number) {
  const batch = openBatch(db, petitionId, batchId);
  if (!batch || batch.kind !== "release") return null;
  const mine = and(eq(signatures.releasedBy, batchId), inArray(signatures.status, ["pending", "confirmed"]), isNotNull(signatures.releasedBy));
  const confirmed = countRows(db, signatures, and(mine, eq(signatures.status, "confirmed")));
  const flagged = db
    .update(signatures)
    .set({ status: "flagged", tokenHash: null, tokenExpiresAt: null, confirmedAt: null, releasedBy: null })
    .where(mine)
    .run().changes;
  if (confirmed) incrementSignatureCount(db, petitionId, -confirmed);
  db.update(moderationBatches).set({ undoneAt: new Date() }).where(eq(moderationBatches.id, batchId)).run();
  return { batch, flagged, unconfirmed: confirmed };
}

/** Restores what a batch invalidated; returns null if it does not exist, is not an invalidation, or was already undone. */
export function undoInvalidation(db: DbOrTx, petitionId: number, batchId: number) {
  const batch = openBatch(db, petitionId, batchId);
  if (!batch || batch.kind !== "invalidate") return null;
  const mine = and(eq(signatures.invalidatedBy, batchId), eq(signatures.status, "invalidated"));
  const confirmed = countRows(db, signatures, and(mine, eq(signatures.statusBeforeInvalidation, "confirmed")));
  db.update(signatures)
    .set({ status: sql`coalesce(${signatures.statusBeforeInvalidation}, 'pending')`, invalidatedBy: null, statusBeforeInvalidation: null })
    .where(mine)
    .run();
  if (confirmed) incrementSignatureCount(db, petitionId, confirmed);
  db.update(moderationBatches).set({ undoneAt: new Date() }).where(eq(moderationBatches.id, batchId)).run();
  return { batch, restoredConfirmed: confirmed };
}

export function listModerationBatches(petitionId: number) {
  return getDb()
    .select()
    .from(moderationBatches)
    .where(eq(moderationBatches.petitionId, petitionId))
    .orderBy(desc(moderationBatches.id))
    .limit(50)
    .all();
}

export function setCommentHidden(db: DbOrTx, petitionId: number, signatureId: number, hidden: boolean): boolean {
  return (
    db
      .update(signatures)
      .set({ commentHidden: hidden })
      .where(and(eq(signatures.id, signatureId), eq(signatures.petitionId, petitionId)))
      .run().changes === 1
  );
}

/**
 * The petition's flagged signatures grouped by address fingerprint and clock hour (UTC), most recent
 * hour first: what an organiser looks at before releasing a group. Paginated by the caller.
 */
export function flaggedGroups(petitionId: number, { limit, offset }: { limit: number; offset: number }) {
  const hour = sql<number>`(${signatures.createdAt} / 3600000) * 3600000`;
  const n = sql<number>`count(*)`;
  const where = and(eq(signatures.petitionId, petitionId), eq(signatures.status, "flagged"));
  const items = getDb()
    .select({ ipHash: signatures.ipHash, hour, n })
    .from(signatures)
    .where(where)
    .groupBy(signatures.ipHash, hour)
    .orderBy(desc(hour), desc(n))
    .limit(limit)
    .offset(offset)
    .all()
    .map((g) => ({ ipHash: g.ipHash, hour: new Date(Number(g.hour)), n: Number(g.n) }));
  const total =
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(getDb().select({ k: signatures.ipHash, hour }).from(signatures).where(where).groupBy(signatures.ipHash, hour).as("g"))
      .get()?.n ?? 0;
  return { items, total: Number(total) };
}
