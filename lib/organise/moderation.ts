/**
 * Moderation: invalidate signatures (one, or many by rule after a preview), undo it, hide comments.
 * Counts change in the same transaction as the signatures; every decision is audited.
 */
import "server-only";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { applyInvalidation, countMatching, setCommentHidden, undoInvalidation, type InvalidationRule } from "@/db/queries/moderation";
import type { Petition } from "@/db/schema";
import type { Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { invalidationSchema } from "@/lib/validation/organiser";

type RuleData = z.output<typeof invalidationSchema>;

export function ruleOf(data: RuleData): { rule: InvalidationRule; forLog: Record<string, string> } {
  const rule: InvalidationRule = {
    emailDomain: data.emailDomain,
    ipFingerprint: data.ipFingerprint,
    from: data.from,
    to: data.to,
    country: data.country,
  };
  const forLog = Object.fromEntries(
    Object.entries(rule)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)]),
  );
  return { rule, forLog };
}

export function previewInvalidation(petition: Petition, data: RuleData): number {
  return countMatching(getDb(), petition.id, ruleOf(data).rule);
}

/** Applies the rule if it still matches exactly the previewed number; otherwise asks to preview again. */
export function invalidateByRule(organiser: Organiser, petition: Petition, data: RuleData) {
  const { rule, forLog } = ruleOf(data);
  return getDb().transaction(
    (tx) => {
      const now = countMatching(tx, petition.id, rule);
      if (data.expected === undefined || now !== data.expected) throw new AppError("preview_changed", `${now} != ${data.expected}`);
      const result = applyInvalidation(tx, petition.id, rule, forLog, organiser.id);
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: "signatures.invalidate",
        entityType: "petition",
        entityId: petition.id,
        campaignId: petition.campaignId,
        detail: { rule: forLog, affected: result.affected, batch: result.batch.id },
      });
      return result;
    },
    { behavior: "immediate" },
  );
}

export function invalidateOne(organiser: Organiser, petition: Petition, signatureId: number) {
  return getDb().transaction(
    (tx) => {
      const result = applyInvalidation(tx, petition.id, { signatureId }, { signatureId: String(signatureId) }, organiser.id);
      if (result.affected === 0) throw new AppError("not_found");
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: "signatures.invalidate",
        entityType: "signature",
        entityId: signatureId,
        campaignId: petition.campaignId,
        detail: { batch: result.batch.id },
      });
      return result;
    },
    { behavior: "immediate" },
  );
}

export function undoBatch(organiser: Organiser, petition: Petition, batchId: number) {
  return getDb().transaction(
    (tx) => {
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
