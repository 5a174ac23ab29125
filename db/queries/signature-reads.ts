/** Signatures as pages and the organiser's petition page read them: recent signers, public comments, the latest rows, counts and charts. */
import "server-only";
import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { signerFields } from "./selections";
import { countRows, pageWithTotal } from "./count";
import { getDb } from "../client";
import { signatures } from "../schema";

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

/**
 * Comments the public may read, newest first: the signer ticked "show my comment publicly", the
 * signature is confirmed, no moderator hid it. Only what the public name rule needs is selected.
 */
export function listPublicComments(petitionId: number, opts: { page: number; pageSize: number }) {
  const db = getDb();
  const where = and(
    eq(signatures.petitionId, petitionId),
    eq(signatures.status, "confirmed"),
    eq(signatures.commentPublic, true),
    eq(signatures.commentHidden, false),
    isNotNull(signatures.comment),
    isNull(signatures.anonymisedAt),
  );
  const total = countRows(db, signatures, where as SQL);
  const items = db
    .select({
      id: signatures.id,
      name: signatures.name,
      country: signatures.country,
      nameDisplay: signatures.nameDisplay,
      comment: sql<string>`${signatures.comment}`,
      confirmedAt: signatures.confirmedAt,
    })
    .from(signatures)
    .where(where)
    .orderBy(desc(signatures.confirmedAt), desc(signatures.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all();
  return { items, total };
}

/** Confirmed and pending counts, per petition of a campaign. */
export function signatureStatusCounts(petitionId: number) {
  const rows = getDb()
    .select({ status: signatures.status, n: count() })
    .from(signatures)
    .where(eq(signatures.petitionId, petitionId))
    .groupBy(signatures.status)
    .all();
  const out = { pending: 0, confirmed: 0, invalidated: 0, flagged: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

export function listLatestSignatures(petitionId: number, opts: { limit: number; offset: number }) {
  const db = getDb();
  const where = eq(signatures.petitionId, petitionId);
  const query = db
    .select({
      id: signatures.id,
      ...signerFields,
      commentHidden: signatures.commentHidden,
      commentPublic: signatures.commentPublic,
      status: signatures.status,
      source: signatures.source,
      ipHash: signatures.ipHash,
      createdAt: signatures.createdAt,
      confirmedAt: signatures.confirmedAt,
    })
    .from(signatures)
    .where(where)
    .orderBy(desc(signatures.createdAt), desc(signatures.id));
  return pageWithTotal(db, query, { table: signatures, where }, opts);
}


/** Confirmations per quarter hour (floor(ms / 15 min)): fine enough to fold into days of any zone. */
export function confirmedPerQuarterHour(petitionId: number) {
  const quarter = sql<number>`${signatures.confirmedAt} / 900000`;
  return getDb()
    .select({ quarter, n: count() })
    .from(signatures)
    .where(and(eq(signatures.petitionId, petitionId), eq(signatures.status, "confirmed")))
    .groupBy(quarter)
    .orderBy(quarter)
    .all();
}

function confirmedBy(petitionId: number, column: typeof signatures.country | typeof signatures.source) {
  return getDb()
    .select({ key: column, n: count() })
    .from(signatures)
    .where(and(eq(signatures.petitionId, petitionId), eq(signatures.status, "confirmed")))
    .groupBy(column)
    .orderBy(desc(count()))
    .all();
}

export const confirmedByCountry = (petitionId: number) => confirmedBy(petitionId, signatures.country);
export const confirmedBySource = (petitionId: number) => confirmedBy(petitionId, signatures.source);
