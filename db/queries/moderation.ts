/** Invalidating signatures by rule, and undoing it: counts move in the same transaction. */
import "server-only";
import { and, desc, eq, gte, inArray, like, lte, sql, type SQL } from "drizzle-orm";
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

/** Live (pending or confirmed) signatures of the petition that the rule matches. */
function matching(petitionId: number, rule: InvalidationRule): SQL {
  const domain = sql`lower(substr(${signatures.email}, instr(${signatures.email}, '@') + 1))`;
  return and(
    eq(signatures.petitionId, petitionId),
    inArray(signatures.status, ["pending", "confirmed"]),
    rule.signatureId ? eq(signatures.id, rule.signatureId) : undefined,
    rule.emailDomain ? eq(domain, rule.emailDomain.toLowerCase()) : undefined,
    rule.ipFingerprint ? like(signatures.ipHash, `${rule.ipFingerprint.replace(/[%_]/g, "")}%`) : undefined,
    rule.from ? gte(signatures.createdAt, rule.from) : undefined,
    rule.to ? lte(signatures.createdAt, rule.to) : undefined,
    rule.country ? eq(signatures.country, rule.country) : undefined,
  )!;
}

export function countMatching(db: DbOrTx, petitionId: number, rule: InvalidationRule): number {
  return countRows(db, signatures, matching(petitionId, rule));
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

/** Restores what a batch invalidated; returns null if it does not exist or was already undone. */
export function undoInvalidation(db: DbOrTx, petitionId: number, batchId: number) {
  const batch = db
    .select()
    .from(moderationBatches)
    .where(and(eq(moderationBatches.id, batchId), eq(moderationBatches.petitionId, petitionId)))
    .get();
  if (!batch || batch.undoneAt) return null;
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
