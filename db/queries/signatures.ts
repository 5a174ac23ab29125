/**
 * Signatures, the signer's path: the pending row written when someone signs, its token refreshed on a
 * resend, and confirmation by token. Elsewhere: lists and counts (signature-reads.ts), retention
 * (signature-retention.ts), campaign news recipients (signature-updates.ts), the CSV export and the
 * delivery pack (signature-export.ts).
 */
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { prepared } from "../prepared";
import { petitions, signatures, type NewSignature } from "../schema";

// Every signature runs these: prepared once on the process's connection (db/prepared.ts), so they are
// part of whatever transaction they are called in.
const byFingerprint = prepared((db) =>
  db
    .select({ id: signatures.id, status: signatures.status })
    .from(signatures)
    .where(and(eq(signatures.petitionId, sql.placeholder("petitionId")), eq(signatures.emailFingerprint, sql.placeholder("fingerprint"))))
    .prepare(),
);

/** The columns a signer's submission fills; the others keep their defaults. */
const SUBMITTED = [
  "petitionId",
  "name",
  "email",
  "emailFingerprint",
  "country",
  "city",
  "organisation",
  "comment",
  "commentPublic",
  "nameDisplay",
  "optInUpdates",
  "consentVersion",
  "locale",
  "source",
  "ipHash",
  "status",
  "tokenHash",
  "tokenExpiresAt",
  "createdAt",
] as const;
export type SubmittedSignature = {
  [K in (typeof SUBMITTED)[number]]-?: NewSignature[K];
};

const insertSubmitted = prepared((db) =>
  db
    .insert(signatures)
    .values({
      ...Object.fromEntries(SUBMITTED.map((k) => [k, sql.placeholder(k)])),
      // Drizzle maps a placeholder's Date to epoch milliseconds but cannot map a null: this one goes as is.
      tokenExpiresAt: sql`${sql.placeholder("tokenExpiresAtMs")}`,
    } as unknown as NewSignature)
    .returning({ id: signatures.id })
    .prepare(),
);
const setToken = prepared((db) =>
  db
    .update(signatures)
    .set({
      tokenHash: sql.placeholder("tokenHash"),
      tokenExpiresAt: sql.placeholder("tokenExpiresAt"),
    } as unknown as Partial<NewSignature>)
    .where(eq(signatures.id, sql.placeholder("id")))
    .prepare(),
);

export function findSignatureByFingerprint(petitionId: number, emailFingerprint: string) {
  return byFingerprint().get({ petitionId, fingerprint: emailFingerprint });
}

/** Any signature row (the demo seed's, tests'); a signer's submission goes through insertSubmittedSignature. */
export function insertSignature(db: DbOrTx, values: NewSignature) {
  return db.insert(signatures).values(values).returning({ id: signatures.id }).get();
}

export function insertSubmittedSignature(values: SubmittedSignature): { id: number } {
  return insertSubmitted().get({ ...values, tokenExpiresAtMs: values.tokenExpiresAt?.getTime() ?? null })!;
}

export function replaceSignatureToken(id: number, tokenHash: string, tokenExpiresAt: Date): void {
  setToken().run({ id, tokenHash, tokenExpiresAt });
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
      petitionDeadline: petitions.deadline,
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
