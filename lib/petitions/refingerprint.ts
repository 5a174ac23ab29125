/**
 * Recomputes every stored email fingerprint under the identity rules in force
 * (`npm run signatures:refingerprint` after an admin changed them), a batch at a time, each batch
 * one transaction, so signing goes on between batches and a stopped run can simply be run again.
 *
 * When two signatures of one petition turn out to be one person, the outcome is what signing would
 * have given had the rule been in force: the earlier signature stays (a flagged one gives way to a
 * real one, as when signing) and the later one is deleted. If the duplicate was confirmed and the
 * kept one only pending, the kept one takes over the confirmation, so the person stays counted once;
 * otherwise a confirmed duplicate leaves the petition's count. The count always equals the confirmed
 * rows. Deleting (rather than keeping a marked copy) keeps the minimum and keeps erasure complete:
 * "delete my data" finds a person's signatures by fingerprint. Each old fingerprint is remembered
 * with its new one (fingerprint_renames), so unsubscribe links already in inboxes still work and a
 * do-not-email entry moves with the address.
 */
import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import { incrementSignatureCount } from "@/db/queries/petitions";
import { deleteSignature } from "@/db/queries/abuse";
import {
  countSignaturesWithEmail,
  listDataAccessTokenEmails,
  recordFingerprintRename,
  setDataAccessTokenFingerprint,
  setSignatureFingerprint,
  signaturesAfter,
  signatureWithFingerprint,
  takeOverConfirmation,
  type FingerprintRow,
} from "@/db/queries/refingerprint";
import { currentEmailRules } from "@/lib/security/identity-settings";
import { emailFingerprint } from "@/lib/security/keyed-hash";

export interface Merge {
  petitionId: number;
  keptId: number;
  keptStatus: FingerprintRow["status"];
  removedId: number;
  removedStatus: FingerprintRow["status"];
  /** How the petition's count changed: 0, or -1 when a confirmed duplicate left it. */
  countChange: number;
}

export interface RefingerprintSummary {
  checked: number;
  changed: number;
  merged: Merge[];
  tokens: number;
}

const earlier = (a: FingerprintRow, b: FingerprintRow) =>
  a.createdAt.getTime() < b.createdAt.getTime() || (a.createdAt.getTime() === b.createdAt.getTime() && a.id < b.id);

/** Which of two signatures of one person stays: a real one over a flagged one, then the earlier. */
function keeperOf(a: FingerprintRow, b: FingerprintRow): [kept: FingerprintRow, removed: FingerprintRow] {
  if ((a.status === "flagged") !== (b.status === "flagged")) return a.status === "flagged" ? [b, a] : [a, b];
  return earlier(a, b) ? [a, b] : [b, a];
}

function merge(tx: DbOrTx, row: FingerprintRow, other: FingerprintRow, fingerprint: string): Merge {
  const [kept, removed] = keeperOf(other, row);
  let countChange = 0;
  if (removed.status === "confirmed") {
    if (kept.status === "pending") takeOverConfirmation(tx, kept.id, removed.confirmedAt ?? new Date());
    else countChange = -1;
  }
  deleteSignature(tx, removed.id);
  if (kept.id === row.id) setSignatureFingerprint(tx, row.id, fingerprint);
  if (countChange) incrementSignatureCount(tx, row.petitionId, countChange);
  return {
    petitionId: row.petitionId,
    keptId: kept.id,
    keptStatus: removed.status === "confirmed" && kept.status === "pending" ? "confirmed" : kept.status,
    removedId: removed.id,
    removedStatus: removed.status,
    countChange,
  };
}

export function refingerprintSignatures(opts: {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  onMerge?: (merge: Merge) => void;
} = {}): RefingerprintSummary {
  const batchSize = opts.batchSize ?? 1000;
  const db = getDb();
  // One set of rules for the whole run, so every batch agrees with every other.
  const rules = currentEmailRules();
  const total = countSignaturesWithEmail(db);
  const summary: RefingerprintSummary = { checked: 0, changed: 0, merged: [], tokens: 0 };
  let afterId = 0;
  opts.onProgress?.(0, total);
  for (;;) {
    const done = db.transaction(
      (tx) => {
        const batch = signaturesAfter(tx, afterId, batchSize);
        for (const row of batch) {
          afterId = row.id;
          summary.checked++;
          const fingerprint = emailFingerprint(row.email, rules);
          if (fingerprint === row.emailFingerprint) continue;
          summary.changed++;
          // Unsubscribe links and do-not-email entries made under the old rules follow the person.
          recordFingerprintRename(tx, row.emailFingerprint, fingerprint);
          const other = signatureWithFingerprint(tx, row.petitionId, fingerprint, row.id);
          if (!other) {
            setSignatureFingerprint(tx, row.id, fingerprint);
            continue;
          }
          const m = merge(tx, row, other, fingerprint);
          summary.merged.push(m);
          opts.onMerge?.(m);
        }
        return batch.length < batchSize;
      },
      { behavior: "immediate" },
    );
    opts.onProgress?.(Math.min(summary.checked, total), Math.max(total, summary.checked));
    if (done) break;
  }
  // "Your data" links are short-lived, but one open now must still find the person's signatures.
  db.transaction(
    (tx) => {
      for (const t of listDataAccessTokenEmails(tx)) {
        const fingerprint = emailFingerprint(t.email, rules);
        if (fingerprint !== t.emailFingerprint) {
          setDataAccessTokenFingerprint(tx, t.tokenHash, fingerprint);
          summary.tokens++;
        }
      }
    },
    { behavior: "immediate" },
  );
  return summary;
}
