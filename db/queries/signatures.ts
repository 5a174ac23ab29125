/** Signatures: pending rows, confirmation by token, and the public list of recent signers. */
import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import { getDb, type DbOrTx } from "../client";
import { petitions, signatures, type NewSignature } from "../schema";

export function findSignatureByFingerprint(db: DbOrTx, petitionId: number, emailFingerprint: string) {
  return db
    .select({ id: signatures.id, status: signatures.status })
    .from(signatures)
    .where(and(eq(signatures.petitionId, petitionId), eq(signatures.emailFingerprint, emailFingerprint)))
    .get();
}

export function insertSignature(db: DbOrTx, values: NewSignature) {
  return db.insert(signatures).values(values).returning({ id: signatures.id }).get();
}

export function replaceSignatureToken(db: DbOrTx, id: number, tokenHash: string, tokenExpiresAt: Date): void {
  db.update(signatures).set({ tokenHash, tokenExpiresAt }).where(eq(signatures.id, id)).run();
}

/** The signature a confirmation token belongs to, with what the confirm page shows. */
export function findSignatureByTokenHash(db: DbOrTx, tokenHash: string) {
  return db
    .select({
      id: signatures.id,
      status: signatures.status,
      tokenExpiresAt: signatures.tokenExpiresAt,
      confirmedAt: signatures.confirmedAt,
      petitionId: petitions.id,
      petitionSlug: petitions.slug,
      petitionTitle: petitions.title,
      petitionStatus: petitions.status,
    })
    .from(signatures)
    .innerJoin(petitions, eq(petitions.id, signatures.petitionId))
    .where(eq(signatures.tokenHash, tokenHash))
    .get();
}

/** Marks a pending signature confirmed; returns false if it was not pending (nothing changed). */
export function markSignatureConfirmed(db: DbOrTx, id: number, now: Date): boolean {
  const result = db
    .update(signatures)
    .set({ status: "confirmed", confirmedAt: now, tokenExpiresAt: now })
    .where(and(eq(signatures.id, id), eq(signatures.status, "pending")))
    .run();
  return result.changes === 1;
}

export function listRecentConfirmedSigners(petitionId: number, limit: number) {
  return getDb()
    .select({
      id: signatures.id,
      name: signatures.name,
      country: signatures.country,
      city: signatures.city,
      organisation: signatures.organisation,
      nameDisplay: signatures.nameDisplay,
      confirmedAt: signatures.confirmedAt,
    })
    .from(signatures)
    .where(and(eq(signatures.petitionId, petitionId), eq(signatures.status, "confirmed")))
    .orderBy(desc(signatures.confirmedAt), desc(signatures.id))
    .limit(limit)
    .all();
}

/** Deletes signatures never confirmed whose last link has expired; returns how many. */
export function deleteExpiredPendingSignatures(now: Date): number {
  return getDb()
    .delete(signatures)
    .where(and(eq(signatures.status, "pending"), lt(signatures.tokenExpiresAt, now)))
    .run().changes;
}
