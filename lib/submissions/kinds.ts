/**
 * The two kinds of submission and what differs between them in the shared lifecycle: the rate-limit
 * budget, the emailed confirm link, the form's address, the audit names and the row queries.
 * Everything else (token, limit, email, confirm, moderation) is in this folder, written once.
 */
import "server-only";
import { getPlannedActionForCampaign, updatePlannedAction } from "@/db/queries/planned-actions";
import { getReportForCampaign, updateReportFields } from "@/db/queries/reports";
import type { SubmissionKind } from "@/db/queries/submissions";
import type { Permission } from "@/lib/auth/roles";
import { paths } from "@/lib/urls";

export type { SubmissionKind };

export const SUBMISSION_KINDS = {
  report: {
    /** The rate-limit budget (lib/security/limits.ts). */
    limit: "report",
    /** The form comes with a proof-of-work widget; without one it gets the smaller budget. */
    proofOfWork: true,
    confirmPath: paths.reportConfirm,
    /** The public form; its /thanks and /confirmed pages hang below it. */
    formPath: paths.report,
    entityType: "action_report",
    auditPrefix: "report",
    /** Who may correct its pin on the map. */
    placePermission: "reports.moderate",
    get: getReportForCampaign,
    update: updateReportFields,
  },
  plannedAction: {
    limit: "planned-action",
    // This form has no proof-of-work widget: it gets the normal per-hour budget of its own.
    proofOfWork: false,
    confirmPath: paths.plannedActionConfirm,
    formPath: paths.proposeAction,
    entityType: "planned_action",
    auditPrefix: "planned_action",
    placePermission: "actions.edit",
    get: getPlannedActionForCampaign,
    update: updatePlannedAction,
  },
} as const satisfies Record<SubmissionKind, { limit: "report" | "planned-action"; placePermission: Permission; [k: string]: unknown }>;

/** Reads a kind posted by a form or a bound argument: anything unknown is a report. */
export function submissionKind(value: unknown): SubmissionKind {
  return value === "plannedAction" ? "plannedAction" : "report";
}
