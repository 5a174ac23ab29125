/**
 * Data access for recomputing email fingerprints after the admin changed the identity rules
 * (lib/petitions/refingerprint.ts): stored signatures in id order, a batch at a time.
 */
import "server-only";
import { and, asc, count, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { dataAccessTokens, emailSuppressions, fingerprintRenames, signatures } from "../schema";

const notAnonymised = and(isNull(signatures.anonymisedAt), ne(signatures.email, ""));

export function countSignaturesWithEmail(db: DbOrTx): number {
  return db.select({ n: count() }).from(signatures).where(notAnonymised).get()?.n ?? 0;
}

export type FingerprintRow = {
  id: number;
  petitionId: number;
  email: string;
  emailFingerprint: string;
  status: "pending" | "confirmed" | "invalidated" | "flagged";
  createdAt: Date;
  confirmedAt: Date | null;
};

const columns = {
  id: signatures.id,
  petitionId: signatures.petitionId,
  email: signatures.email,
  emailFingerprint: signatures.emailFingerprint,
  status: signatures.status,
  createdAt: signatures.createdAt,
  confirmedAt: signatures.confirmedAt,
};

/** The next `limit` signatures that still carry an email, after id `afterId`. */
export function signaturesAfter(db: DbOrTx, afterId: number, limit: number): FingerprintRow[] {
  return db.select(columns).from(signatures).where(and(notAnonymised, gt(signatures.id, afterId))).orderBy(asc(signatures.id)).limit(limit).all();
}

/** The other signature of this petition that already has this fingerprint, if any. */
export function signatureWithFingerprint(db: DbOrTx, petitionId: number, fingerprint: string, exceptId: number): FingerprintRow | undefined {
  return db
    .select(columns)
    .from(signatures)
    .where(and(eq(signatures.petitionId, petitionId), eq(signatures.emailFingerprint, fingerprint), ne(signatures.id, exceptId)))
    .get();
}

export function setSignatureFingerprint(db: DbOrTx, id: number, fingerprint: string): void {
  db.update(signatures).set({ emailFingerprint: fingerprint }).where(eq(signatures.id, id)).run();
}

/** The kept signature takes over the confirmation of the duplicate it replaces. */
export function takeOverConfirmation(db: DbOrTx, id: number, confirmedAt: Date): void {
  db.update(signatures).set({ status: "confirmed", confirmedAt, tokenExpiresAt: confirmedAt }).where(eq(signatures.id, id)).run();
}

export function listDataAccessTokenEmails(db: DbOrTx) {
  return db.select({ tokenHash: dataAccessTokens.tokenHash, email: dataAccessTokens.email, emailFingerprint: dataAccessTokens.emailFingerprint }).from(dataAccessTokens).all();
}

export function setDataAccessTokenFingerprint(db: DbOrTx, tokenHash: string, fingerprint: string): void {
  db.update(dataAccessTokens).set({ emailFingerprint: fingerprint }).where(eq(dataAccessTokens.tokenHash, tokenHash)).run();
}

/**
 * Remembers that `oldFingerprint` is now `newFingerprint` (older renames that led to the old one are
 * pointed at the new one too), and carries a do-not-email entry over to the new fingerprint.
 */
export function recordFingerprintRename(db: DbOrTx, oldFingerprint: string, newFingerprint: string): void {
  db.insert(fingerprintRenames)
    .values({ oldFingerprint, newFingerprint })
    .onConflictDoUpdate({ target: fingerprintRenames.oldFingerprint, set: { newFingerprint } })
    .run();
  db.update(fingerprintRenames).set({ newFingerprint }).where(eq(fingerprintRenames.newFingerprint, oldFingerprint)).run();
  db.insert(emailSuppressions)
    .select(
      db
        .select({ emailFingerprint: sql<string>`${newFingerprint}`.as("email_fingerprint"), reason: emailSuppressions.reason, createdAt: emailSuppressions.createdAt })
        .from(emailSuppressions)
        .where(eq(emailSuppressions.emailFingerprint, oldFingerprint)),
    )
    .onConflictDoNothing()
    .run();
}

/** The fingerprint that replaced this one, if a refingerprint run renamed it. */
export function renamedFingerprint(db: DbOrTx, fingerprint: string): string | undefined {
  return db.select({ to: fingerprintRenames.newFingerprint }).from(fingerprintRenames).where(eq(fingerprintRenames.oldFingerprint, fingerprint)).get()?.to;
}
