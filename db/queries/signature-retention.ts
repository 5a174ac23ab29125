/** Signature retention (lib/retention.ts): expired pending rows deleted, closed petitions' signatures anonymised, flagged ones deleted. */
import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { petitions, signatures } from "../schema";

/** Deletes signatures never confirmed whose last link has expired; returns how many. */
export function deleteExpiredPendingSignatures(now: Date): number {
  return getDb()
    .delete(signatures)
    .where(and(eq(signatures.status, "pending"), lt(signatures.tokenExpiresAt, now)))
    .run().changes;
}

/**
 * Strips the personal data from the signatures of petitions closed (or past their deadline) before
 * `closedBefore`; the rows, their status and country stay, so every count stays true. Pending ones
 * can never count any more and are deleted. Returns how many were anonymised and deleted.
 */
export function anonymiseSignaturesOfClosedPetitions(closedBefore: Date, now: Date): { anonymised: number; deleted: number } {
  const closed = petitionsClosedBefore(closedBefore);
  return getDb().transaction(
    (tx) => {
      const deleted = tx
        .delete(signatures)
        .where(and(inArray(signatures.petitionId, closed), eq(signatures.status, "pending")))
        .run().changes;
      const anonymised = tx
        .update(signatures)
        .set({
          name: "",
          email: "",
          emailFingerprint: sql`'anonymised:' || ${signatures.id}`,
          city: null,
          organisation: null,
          comment: null,
          commentPublic: false,
          ipHash: null,
          source: null,
          tokenHash: null,
          tokenExpiresAt: null,
          optInUpdates: false,
          nameDisplay: "anonymous",
          anonymisedAt: now,
        })
        .where(and(inArray(signatures.petitionId, closed), isNull(signatures.anonymisedAt)))
        .run().changes;
      return { anonymised, deleted };
    },
    { behavior: "immediate" },
  );
}

/**
 * Flagged signatures are kept while organisers may still release them: until `closedBefore` has
 * passed the petition's closing (closed_at, or its deadline), then deleted (issue #11).
 */
export function deleteFlaggedSignaturesOfPetitionsClosedBefore(closedBefore: Date): number {
  return getDb()
    .delete(signatures)
    .where(and(eq(signatures.status, "flagged"), inArray(signatures.petitionId, petitionsClosedBefore(closedBefore))))
    .run().changes;
}

/** The ids of the petitions closed (or past their deadline) before a moment, as a subquery. */
function petitionsClosedBefore(closedBefore: Date) {
  return getDb()
    .select({ id: petitions.id })
    .from(petitions)
    .where(
      or(
        and(isNotNull(petitions.closedAt), lt(petitions.closedAt, closedBefore)),
        and(isNotNull(petitions.deadline), lt(petitions.deadline, closedBefore)),
      ),
    );
}
