/**
 * Moderation: invalidate signatures (one, or many by rule after a preview), release flagged ones
 * the same way (issue #11: each gets its confirmation email, written in the same transaction, and
 * counts once confirmed), undo either, hide comments. Counts change in the same transaction as the
 * signatures; every decision is audited.
 */
import "server-only";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import {
  applyInvalidation,
  countMatching,
  createReleaseBatch,
  listFlaggedMatching,
  markReleased,
  setCommentHidden,
  undoInvalidation,
  undoRelease,
  type BatchKind,
  type InvalidationRule,
} from "@/db/queries/moderation";
import { enqueueEmail } from "@/db/queries/outbox";
import type { Petition } from "@/db/schema";
import type { Organiser } from "@/lib/auth/session";
import { wallClockToUtc } from "@/lib/calendar/zoned-time";
import { AppError } from "@/lib/errors";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { confirmationEmail } from "@/lib/petitions/confirmation-email";
import { isPetitionOpen } from "@/lib/petitions/sign";
import { createToken, tokenExpiry } from "@/lib/security/tokens";
import type { DbOrTx } from "@/db/client";
import type { invalidationSchema } from "@/lib/validation/organiser";

type RuleData = z.output<typeof invalidationSchema>;

export function ruleOf(data: RuleData): { rule: InvalidationRule; forLog: Record<string, string> } {
  // From and to are typed in the organiser's zone (organise/settings), not in UTC.
  const inZone = (d: Date | undefined) => (d && data.timeZone ? wallClockToUtc(d, data.timeZone) : d);
  const rule: InvalidationRule = {
    emailDomain: data.emailDomain,
    ipFingerprint: data.ipFingerprint,
    from: inZone(data.from),
    to: inZone(data.to),
    country: data.country,
  };
  const forLog = Object.fromEntries(
    Object.entries(rule)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)]),
  );
  return { rule, forLog };
}

export function previewInvalidation(petition: Petition, data: RuleData, kind: BatchKind = "invalidate"): number {
  return countMatching(getDb(), petition.id, ruleOf(data).rule, kind);
}

export const previewRelease = (petition: Petition, data: RuleData) => previewInvalidation(petition, data, "release");

const AUDIT_ACTION = { invalidate: "signatures.invalidate", release: "signatures.release" } as const;

/**
 * Applies the rule if it still matches exactly the previewed number; otherwise asks to preview again.
 * `kind` "release" releases the flagged signatures it matches instead of invalidating live ones.
 */
export function invalidateByRule(organiser: Organiser, petition: Petition, data: RuleData, kind: BatchKind = "invalidate") {
  const { rule, forLog } = ruleOf(data);
  const result = getDb().transaction(
    (tx) => {
      const now = countMatching(tx, petition.id, rule, kind);
      if (data.expected === undefined || now !== data.expected) throw new AppError("preview_changed", `${now} != ${data.expected}`);
      const result = kind === "release" ? applyRelease(tx, petition, rule, forLog, organiser.id) : applyInvalidation(tx, petition.id, rule, forLog, organiser.id);
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: AUDIT_ACTION[kind],
        entityType: "petition",
        entityId: petition.id,
        campaignId: petition.campaignId,
        detail: { rule: forLog, affected: result.affected, batch: result.batch.id },
      });
      return result;
    },
    { behavior: "immediate" },
  );
  if (kind === "release" && result.affected > 0) kickDispatcher();
  return result;
}

export const releaseByRule = (organiser: Organiser, petition: Petition, data: RuleData) => invalidateByRule(organiser, petition, data, "release");

/**
 * Releases the flagged signatures the rule matches: each becomes pending with a fresh confirmation
 * token and its confirmation email's outbox row, in the caller's transaction. Only while the petition
 * takes signatures (a link to a closed petition could never be used).
 */
function applyRelease(tx: DbOrTx, petition: Petition, rule: InvalidationRule, forLog: Record<string, string>, userId: string) {
  const now = new Date();
  if (!isPetitionOpen(petition, now)) throw new AppError("petition_not_open", `petition ${petition.id}`);
  const rows = listFlaggedMatching(tx, petition.id, rule);
  const batch = createReleaseBatch(tx, petition.id, forLog, rows.length, userId);
  for (const row of rows) {
    const { token, hash } = createToken();
    markReleased(tx, row.id, batch.id, hash, tokenExpiry(now));
    enqueueEmail(confirmationEmail(petition, row, token), now);
  }
  return { batch, affected: rows.length };
}

function applyToOne(organiser: Organiser, petition: Petition, signatureId: number, kind: BatchKind) {
  const result = getDb().transaction(
    (tx) => {
      const rule = { signatureId };
      const forLog = { signatureId: String(signatureId) };
      const result = kind === "release" ? applyRelease(tx, petition, rule, forLog, organiser.id) : applyInvalidation(tx, petition.id, rule, forLog, organiser.id);
      if (result.affected === 0) throw new AppError("not_found");
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: AUDIT_ACTION[kind],
        entityType: "signature",
        entityId: signatureId,
        campaignId: petition.campaignId,
        detail: { batch: result.batch.id },
      });
      return result;
    },
    { behavior: "immediate" },
  );
  if (kind === "release") kickDispatcher();
  return result;
}

export const invalidateOne = (organiser: Organiser, petition: Petition, signatureId: number) => applyToOne(organiser, petition, signatureId, "invalidate");

export const releaseOne = (organiser: Organiser, petition: Petition, signatureId: number) => applyToOne(organiser, petition, signatureId, "release");

/**
 * Undoes a batch: an invalidation restores the signatures (and the count); a release flags them
 * again, kills their unused confirmation links and takes any confirmed since out of the count.
 * `restoredConfirmed` is how much the count moved (negative for a release).
 */
export function undoBatch(organiser: Organiser, petition: Petition, batchId: number) {
  return getDb().transaction(
    (tx) => {
      const released = undoRelease(tx, petition.id, batchId);
      if (released) {
        recordAudit(tx, {
          actorUserId: organiser.id,
          action: "signatures.unrelease",
          entityType: "moderation_batch",
          entityId: batchId,
          campaignId: petition.campaignId,
          detail: { flagged: released.flagged, unconfirmed: released.unconfirmed },
        });
        return { batch: released.batch, restoredConfirmed: -released.unconfirmed };
      }
      const result = undoInvalidation(tx, petition.id, batchId);
      if (!result) throw new AppError("not_found");
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: "signatures.restore",
        entityType: "moderation_batch",
        entityId: batchId,
        campaignId: petition.campaignId,
        detail: { restoredConfirmed: result.restoredConfirmed },
      });
      return result;
    },
    { behavior: "immediate" },
  );
}

export function setCommentVisibility(organiser: Organiser, petition: Petition, signatureId: number, hidden: boolean) {
  getDb().transaction((tx) => {
    if (!setCommentHidden(tx, petition.id, signatureId, hidden)) throw new AppError("not_found");
    recordAudit(tx, {
      actorUserId: organiser.id,
      action: hidden ? "comment.hide" : "comment.show",
      entityType: "signature",
      entityId: signatureId,
      campaignId: petition.campaignId,
    });
  });
}
