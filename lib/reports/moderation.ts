/**
 * Moderating report-backs: approve, reject, correct the text, remove a photo; and an organiser's own
 * report made from a past planned action (approved at once). Each is one transaction with its audit entry.
 */
import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { getPlannedActionForCampaign } from "@/db/queries/planned-actions";
import { deleteReportPhoto, getReportForCampaign, insertReport, setReportStatus, updateReportFields } from "@/db/queries/reports";
import { enqueueEmail } from "@/db/queries/outbox";
import { AppError } from "@/lib/errors";
import { placeColumns } from "@/lib/geo/gazetteer";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { absoluteUrl, paths } from "@/lib/urls";
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
    organisation: data.organisation ?? "",
  };
}

/**
 * Approves or declines a report. When its status changes and the author left an address, the
 * author is emailed the decision with the organiser's reply (if any), in the same transaction. A
 * report approved without coordinates (written before the gazetteer, or its city unknown then) is
 * looked up once more.
 */
export function decideReport(actor: CampaignActor, reportId: number, decision: "approve" | "reject", reply = "", now = new Date()): void {
  assertMay(actor, "reports.moderate");
  const status = decision === "approve" ? "approved" : "rejected";
  getDb().transaction(
    (tx) => {
      const report = getReportForCampaign(actor.campaign.id, reportId, tx);
      const changed = report && setReportStatus(tx, { campaignId: actor.campaign.id, reportId, status, moderatorId: actor.organiser.id, now });
      if (!report || !changed) throw new AppError("submission_not_pending", `report ${reportId}`);
      if (status === "approved" && report.latitude === null && !report.placeCorrected) {
        updateReportFields(tx, reportId, placeColumns(report.country, report.city));
      }
      if (report.status !== status && report.contactEmail) {
        enqueueEmail(
          tx,
          {
            template: "report-decision",
            recipient: report.contactEmail,
            locale: report.locale,
            payload: {
              locale: report.locale,
              decision: status === "approved" ? "approved" : "declined",
              campaignTitle: actor.campaign.title,
              reply,
              wallUrl: absoluteUrl(paths.actionsWall(report.locale, actor.campaign.slug)),
            },
          },
          now,
        );
      }
      recordAudit(tx, {
        actorUserId: actor.organiser.id,
        action: `report.${decision}`,
        entityType: "action_report",
        entityId: reportId,
        campaignId: actor.campaign.id,
        detail: reply ? { replied: true } : undefined,
      });
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
}

/**
 * An organiser corrects where a report's pin goes: coordinates typed in (kept through later edits
 * of the text), or null to look the city up in the gazetteer again.
 */
export function correctReportPlace(actor: CampaignActor, reportId: number, coordinates: { latitude: number; longitude: number } | null): void {
  assertMay(actor, "reports.moderate");
  getDb().transaction(
    (tx) => {
      const report = getReportForCampaign(actor.campaign.id, reportId, tx);
      if (!report || report.status === "unconfirmed") throw new AppError("not_found", `report ${reportId}`);
      const place = coordinates ? { ...coordinates, placeCorrected: true } : { ...placeColumns(report.country, report.city), placeCorrected: false };
      updateReportFields(tx, reportId, place);
      recordAudit(tx, { actorUserId: actor.organiser.id, action: "report.place", entityType: "action_report", entityId: reportId, campaignId: actor.campaign.id, detail: place });
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
      // A place an organiser set by hand stays, unless the country or city changes.
      const keep = report.placeCorrected && report.country === fields.country && report.city === fields.city;
      const place = keep || (report.country === fields.country && report.city === fields.city && report.latitude !== null) ? {} : { ...placeColumns(fields.country, fields.city), placeCorrected: false };
      updateReportFields(tx, reportId, { ...fields, ...place });
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
            ...placeColumns(data.country, data.city),
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
