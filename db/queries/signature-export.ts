/** Signatures streamed out on read-only connections: the organiser's CSV export and the delivery pack's signer list. */
import "server-only";
import { openReadOnlyConnection } from "../client";

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
