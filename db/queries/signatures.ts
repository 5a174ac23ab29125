/** Signatures: pending rows, confirmation by token, and the public list of recent signers. */
import "server-only";
import { and, count, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { countRows } from "./count";
import { getDb, openReadOnlyConnection, type DbOrTx } from "../client";
import { prepared } from "../prepared";
import { petitions, signatures, type NewSignature } from "../schema";

// Every signature runs these: prepared once (db/prepared.ts); `db` may be a transaction of the connection.
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
  const closed = getDb()
    .select({ id: petitions.id })
    .from(petitions)
    .where(
      or(
        and(isNotNull(petitions.closedAt), lt(petitions.closedAt, closedBefore)),
        and(isNotNull(petitions.deadline), lt(petitions.deadline, closedBefore)),
      ),
    );
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
  const total = countRows(db, signatures, where);
  const items = db
    .select({
      id: signatures.id,
      name: signatures.name,
      email: signatures.email,
      country: signatures.country,
      city: signatures.city,
      organisation: signatures.organisation,
      comment: signatures.comment,
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
    .orderBy(desc(signatures.createdAt), desc(signatures.id))
    .limit(opts.limit)
    .offset(opts.offset)
    .all();
  return { items, total };
}

/** Confirmed signatures per UTC day, oldest first. */
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

/** One row per opted-in, confirmed signer of a campaign (or of one petition), newest signature winning. */
export function listUpdateRecipients(opts: { campaignId: number; petitionId?: number }) {
  const rows = getDb()
    .select({
      email: signatures.email,
      name: signatures.name,
      locale: signatures.locale,
      emailFingerprint: signatures.emailFingerprint,
    })
    .from(signatures)
    .innerJoin(petitions, eq(petitions.id, signatures.petitionId))
    .where(
      and(
        eq(petitions.campaignId, opts.campaignId),
        opts.petitionId ? eq(signatures.petitionId, opts.petitionId) : undefined,
        eq(signatures.status, "confirmed"),
        eq(signatures.optInUpdates, true),
      ),
    )
    .orderBy(desc(signatures.id))
    .all();
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.emailFingerprint) ? false : (seen.add(r.emailFingerprint), true)));
}

/** Opts a signer out of a campaign's updates, on every petition of it; returns rows changed. */
export function optOutOfCampaign(campaignId: number, emailFingerprint: string): number {
  const ids = getDb().select({ id: petitions.id }).from(petitions).where(eq(petitions.campaignId, campaignId)).all();
  if (ids.length === 0) return 0;
  return getDb()
    .update(signatures)
    .set({ optInUpdates: false })
    .where(
      and(
        eq(signatures.emailFingerprint, emailFingerprint),
        inArray(
          signatures.petitionId,
          ids.map((r) => r.id),
        ),
      ),
    )
    .run().changes;
}

/** One signature as the export's columns, in order: an array, which better-sqlite3 builds much faster than an object. */
export type ExportRow = [
  id: number,
  status: string,
  name: string,
  email: string,
  country: string,
  city: string | null,
  organisation: string | null,
  comment: string | null,
  commentHidden: number,
  nameDisplay: string,
  optInUpdates: number,
  consentVersion: string,
  locale: string,
  source: string | null,
  createdAt: number,
  confirmedAt: number | null,
];

/** Runs `sql` on its own read-only connection and yields rows; the connection closes when iteration ends. */
function* streamRows<T>(sql: string, ...params: unknown[]): Generator<T> {
  const sqlite = openReadOnlyConnection();
  try {
    yield* sqlite.prepare(sql).iterate(...params) as IterableIterator<T>;
  } finally {
    sqlite.close();
  }
}

const EXPORT_BATCH_ROWS = 1000;

const EXPORT_COLUMNS = `id, status, name, email, country, city, organisation, comment, comment_hidden, name_display,
  opt_in_updates, consent_version, locale, source, created_at, confirmed_at`;
// Below this share of the table, a petition is read through its index and sorted once.
const SMALL_SHARE = 1 / 8;

/**
 * Every signature of a petition, oldest first, within one read transaction, so the export is one
 * snapshot. A petition with a small share of the table is read through its index and sorted once. A
 * large one is read in batches (constant memory; a batch costs far less than as many single steps),
 * walking the table in id order: the unary plus keeps SQLite off the petition indexes, through which it
 * would sort every remaining row for each batch; the walk passes over other petitions' rows instead.
 */
export function* iterateSignaturesForExport(petitionId: number): Generator<ExportRow> {
  const sqlite = openReadOnlyConnection();
  try {
    sqlite.exec("begin");
    const { rows } = sqlite.prepare("select count(*) as rows from signatures where petition_id = ?").get(petitionId) as { rows: number };
    const { last } = sqlite.prepare("select max(id) as last from signatures").get() as { last: number | null };
    if (rows < (last ?? 0) * SMALL_SHARE) {
      yield* sqlite
        .prepare(`select ${EXPORT_COLUMNS} from signatures where petition_id = ? order by id`)
        .raw()
        .iterate(petitionId) as IterableIterator<ExportRow>;
      return;
    }
    const batch = sqlite.prepare(`select ${EXPORT_COLUMNS} from signatures where +petition_id = ? and id > ? order by id limit ?`).raw();
    for (let after = -Infinity; ;) {
      const found = batch.all(petitionId, after, EXPORT_BATCH_ROWS) as ExportRow[];
      if (found.length === 0) return;
      yield* found;
      after = found[found.length - 1][0];
    }
  } finally {
    sqlite.close();
  }
}

export interface PackSigner {
  name: string;
  city: string | null;
  country: string;
  name_display: string;
  comment: string | null;
  comment_public: number;
  comment_hidden: number;
}

/**
 * Confirmed signers for the delivery pack, in signing order: those who chose to be named, and
 * anonymous ones whose comment is public (listed without name or place).
 */
export function iteratePackSigners(petitionId: number): Generator<PackSigner> {
  return streamRows<PackSigner>(
    `select name, city, country, name_display, comment, comment_public, comment_hidden from signatures
      where petition_id = ? and status = 'confirmed'
        and (name_display != 'anonymous' or (comment_public = 1 and comment_hidden = 0 and comment is not null))
      order by confirmed_at, id`,
    petitionId,
  );
}
