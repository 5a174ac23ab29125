/**
 * The lifecycle queries report-backs and planned actions share (lib/submissions/): find by the
 * emailed token, confirm, moderate, and the retention rule. Both tables carry the same lifecycle
 * columns (`submissionLifecycle` in db/schema/submissions.ts), so one query serves either kind.
 */
import "server-only";
import { and, eq, inArray, isNotNull, lt, or } from "drizzle-orm";
import { getDb, type DbOrTx } from "../client";
import { actionReports, campaigns, plannedActions } from "../schema";

export const SUBMISSION_TABLES = { report: actionReports, plannedAction: plannedActions } as const;
export type SubmissionKind = keyof typeof SUBMISSION_TABLES;

/**
 * The table of a kind, typed as the report table: every column the lifecycle queries use comes from
 * the one shared helper, so the two tables agree on them (the planned-action table is the same shape there).
 */
function tableOf(kind: SubmissionKind) {
  return SUBMISSION_TABLES[kind] as unknown as typeof actionReports;
}

export function findSubmissionByTokenHash(db: DbOrTx, kind: SubmissionKind, tokenHash: string) {
  const t = tableOf(kind);
  return db
    .select({
      id: t.id,
      status: t.status,
      tokenExpiresAt: t.tokenExpiresAt,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      campaignStatus: campaigns.status,
    })
    .from(t)
    .innerJoin(campaigns, eq(campaigns.id, t.campaignId))
    .where(eq(t.tokenHash, tokenHash))
    .get();
}

/** unconfirmed → pending (the moderation queue). The token is kept so a second click says "already confirmed". */
export function markSubmissionConfirmed(db: DbOrTx, kind: SubmissionKind, id: number, now: Date): boolean {
  const t = tableOf(kind);
  return db.update(t).set({ status: "pending", confirmedAt: now }).where(and(eq(t.id, id), eq(t.status, "unconfirmed"))).run().changes === 1;
}

/** Approve or reject one confirmed by email (never an unconfirmed one). */
export function setSubmissionStatus(
  db: DbOrTx,
  kind: SubmissionKind,
  opts: { campaignId: number; id: number; status: "approved" | "rejected"; moderatorId: string; now: Date },
): boolean {
  const t = tableOf(kind);
  return (
    db
      .update(t)
      .set({ status: opts.status, moderatedAt: opts.now, moderatedBy: opts.moderatorId })
      .where(and(eq(t.id, opts.id), eq(t.campaignId, opts.campaignId), inArray(t.status, ["pending", "approved", "rejected"])))
      .run().changes === 1
  );
}

/**
 * Retention, in one transaction: deletes rows never confirmed before their link expired and rejected
 * ones moderated before `moderatedBefore` (`onDoomed` sees their ids first, e.g. to collect photo
 * files); approved ones moderated before it stay public but lose the private email.
 */
export function purgeSubmissions(
  kind: SubmissionKind,
  opts: { now: Date; moderatedBefore: Date },
  onDoomed?: (tx: DbOrTx, ids: number[]) => void,
): { deleted: number; emailsErased: number } {
  const t = tableOf(kind);
  return getDb().transaction(
    (tx) => {
      const doomed = or(and(eq(t.status, "unconfirmed"), lt(t.tokenExpiresAt, opts.now)), and(eq(t.status, "rejected"), lt(t.moderatedAt, opts.moderatedBefore)));
      const ids = tx.select({ id: t.id }).from(t).where(doomed).all().map((r) => r.id);
      if (ids.length) onDoomed?.(tx, ids);
      const deleted = ids.length ? tx.delete(t).where(inArray(t.id, ids)).run().changes : 0;
      const emailsErased = tx
        .update(t)
        .set({ contactEmail: null })
        .where(and(eq(t.status, "approved"), isNotNull(t.contactEmail), lt(t.moderatedAt, opts.moderatedBefore)))
        .run().changes;
      return { deleted, emailsErased };
    },
    { behavior: "immediate" },
  );
}
