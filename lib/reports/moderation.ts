/**
 * Moderating report-backs: approve, reject, correct the text, remove a photo; and an organiser's own
 * report made from a past planned action (approved at once). Each is one transaction with its audit entry.
 */
import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { getPlannedActionForCampaign } from "@/db/queries/planned-actions";
import { deleteReportPhoto, getReportForCampaign, insertReport, setReportStatus, updateReportFields } from "@/db/queries/reports";
import { AppError } from "@/lib/errors";
import { deleteUploads } from "@/lib/uploads/images";
import type { ReportFieldsData } from "@/lib/validation/reports";
import { assertMay, type CampaignActor } from "./actor";
import { withStoredPhotos, type PostedPhotos } from "./photos";
import { assertMissionOf } from "./submit";

function fieldsOf(data: ReportFieldsData) {
  return {
    kind: data.kind,
    actionDate: data.actionDate,
    city: data.city,
    country: data.country,
    missionId: data.missionId ?? null,
    account: data.account,
    replyText: data.replyText ?? null,
    organisation: data.organisation,
  };
}

export function decideReport(actor: CampaignActor, reportId: number, decision: "approve" | "reject", now = new Date()): void {
  assertMay(actor, "reports.moderate");
  const status = decision === "approve" ? "approved" : "rejected";
  getDb().transaction(
    (tx) => {
      const changed = setReportStatus(tx, { campaignId: actor.campaign.id, reportId, status, moderatorId: actor.organiser.id, now });
      if (!changed) throw new AppError("submission_not_pending", `report ${reportId}`);
      recordAudit(tx, { actorUserId: actor.organiser.id, action: `report.${decision}`, entityType: "action_report", entityId: reportId, campaignId: actor.campaign.id });
    },
    { behavior: "immediate" },
  );
}

export function editReport(actor: CampaignActor, reportId: number, data: ReportFieldsData): void {
  assertMay(actor, "reports.moderate");
  assertMissionOf(actor.campaign.id, data.missionId);
  getDb().transaction(
    (tx) => {
      const report = getReportForCampaign(actor.campaign.id, reportId, tx);
      if (!report || report.status === "unconfirmed") throw new AppError("not_found", `report ${reportId}`);
      const fields = fieldsOf(data);
      const changed = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== report[k as keyof typeof fields]);
      updateReportFields(tx, reportId, fields);
      recordAudit(tx, { actorUserId: actor.organiser.id, action: "report.edit", entityType: "action_report", entityId: reportId, campaignId: actor.campaign.id, detail: { changed } });
    },
    { behavior: "immediate" },
  );
}

export async function removeReportPhoto(actor: CampaignActor, reportId: number, photoId: number): Promise<void> {
  assertMay(actor, "reports.moderate");
  const path = getDb().transaction(
    (tx) => {
      const report = getReportForCampaign(actor.campaign.id, reportId, tx);
      const removed = report ? deleteReportPhoto(tx, reportId, photoId) : undefined;
      if (!removed) throw new AppError("not_found", `photo ${photoId} of report ${reportId}`);
      recordAudit(tx, { actorUserId: actor.organiser.id, action: "report.photo.remove", entityType: "action_report", entityId: reportId, campaignId: actor.campaign.id, detail: { photoId } });
      return removed;
    },
    { behavior: "immediate" },
  );
  await deleteUploads([path]);
}

/** A past approved planned action, written up by an organiser: no email round, approved at once. */
export async function reportFromPlannedAction(
  actor: CampaignActor,
  plannedActionId: number,
  data: ReportFieldsData,
  posted: PostedPhotos,
  locale: string,
  now = new Date(),
): Promise<number> {
  assertMay(actor, "actions.edit");
  const planned = getPlannedActionForCampaign(actor.campaign.id, plannedActionId);
  if (!planned || planned.status !== "approved") throw new AppError("not_found", `planned action ${plannedActionId}`);
  if (planned.startsAt.getTime() > now.getTime()) throw new AppError("action_not_past", `planned action ${plannedActionId}`);
  assertMissionOf(actor.campaign.id, data.missionId);
  return withStoredPhotos(posted, (photos) =>
    getDb().transaction(
      (tx) => {
        const report = insertReport(
          tx,
          {
            campaignId: actor.campaign.id,
            ...fieldsOf(data),
            contactEmail: null,
            locale,
            status: "approved",
            plannedActionId,
            createdByUserId: actor.organiser.id,
            createdAt: now,
            confirmedAt: now,
            moderatedAt: now,
            moderatedBy: actor.organiser.id,
          },
          photos,
        );
        recordAudit(tx, {
          actorUserId: actor.organiser.id,
          action: "report.create",
          entityType: "action_report",
          entityId: report.id,
          campaignId: actor.campaign.id,
          detail: { plannedActionId, photos: photos.length },
        });
        return report.id;
      },
      { behavior: "immediate" },
    ),
  );
}
