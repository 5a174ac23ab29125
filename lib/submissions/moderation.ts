/**
 * Moderating submissions of either kind: approve or reject one confirmed by email, and correct where
 * its pin goes on the map. Each is one transaction with its audit entry; the kind may add to the
 * decision's transaction (a report-back emails its author the decision).
 */
import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { setSubmissionStatus } from "@/db/queries/submissions";
import { AppError } from "@/lib/errors";
import { placeColumns } from "@/lib/geo/gazetteer";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import type { AuditAction } from "@/lib/organise/audit-actions";
import { assertMay, type CampaignActor } from "./actor";
import { SUBMISSION_KINDS, type SubmissionKind } from "./kinds";

export type Decision = "approve" | "reject";
type AuditedStep = Decision | "create" | "edit" | "delete" | "place" | "photo.remove";

/** Writes one audit entry about a submission of this campaign. */
export function auditSubmission(tx: DbOrTx, kind: SubmissionKind, actor: CampaignActor, what: AuditedStep, id: number, detail?: Record<string, unknown>): void {
  const { entityType, auditPrefix } = SUBMISSION_KINDS[kind];
  // Every kind × step used is one of AUDIT_ACTIONS (tests/unit/reports.test.ts reads them back).
  const action = `${auditPrefix}.${what}` as AuditAction;
  recordAudit(tx, { actorUserId: actor.organiser.id, action, entityType, entityId: id, campaignId: actor.campaign.id, detail });
}

/**
 * Approves or rejects a confirmed submission (a decision may be changed later). `load` reads the row
 * before the change; `decided` runs in the same transaction after it.
 */
export function decideSubmission<Row>(
  kind: SubmissionKind,
  actor: CampaignActor,
  id: number,
  decision: Decision,
  opts: { now?: Date; detail?: Record<string, unknown>; load?: (tx: DbOrTx) => Row; decided?: (tx: DbOrTx, status: "approved" | "rejected", before: Row) => void } = {},
): void {
  assertMay(actor, "reports.moderate");
  const status = decision === "approve" ? "approved" : "rejected";
  const now = opts.now ?? new Date();
  getDb().transaction(
    (tx) => {
      const before = opts.load?.(tx) as Row;
      if (!setSubmissionStatus(tx, kind, { campaignId: actor.campaign.id, id, status, moderatorId: actor.organiser.id, now })) {
        throw new AppError("submission_not_pending", `${kind} ${id}`);
      }
      opts.decided?.(tx, status, before);
      auditSubmission(tx, kind, actor, decision, id, opts.detail);
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
}

/** Where the pin goes after an edit: a place set by hand stays unless the country or city changes; a known one stays too. */
export function placeAfterEdit(
  existing: { country: string; city: string; latitude: number | null; placeCorrected: boolean },
  next: { country: string; city: string },
) {
  const same = existing.country === next.country && existing.city === next.city;
  if (same && (existing.placeCorrected || existing.latitude !== null)) return {};
  return { ...placeColumns(next.country, next.city), placeCorrected: false };
}

/**
 * An organiser corrects where a submission's pin goes: coordinates typed in (kept through later edits
 * of the text), or null to look the city up in the gazetteer again.
 */
export function correctSubmissionPlace(kind: SubmissionKind, actor: CampaignActor, id: number, coordinates: { latitude: number; longitude: number } | null): void {
  const config = SUBMISSION_KINDS[kind];
  assertMay(actor, config.placePermission);
  getDb().transaction(
    (tx) => {
      const existing = config.get(actor.campaign.id, id, tx);
      if (!existing || existing.status === "unconfirmed") throw new AppError("not_found", `${kind} ${id}`);
      const place = coordinates ? { ...coordinates, placeCorrected: true } : { ...placeColumns(existing.country, existing.city), placeCorrected: false };
      config.update(tx, id, place);
      auditSubmission(tx, kind, actor, "place", id, place);
    },
    { behavior: "immediate" },
  );
}
