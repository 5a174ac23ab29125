/**
 * Report-backs ("tell us what you did"): what only this kind adds to the shared lifecycle. Its
 * fields, its photos (checked and stored before the transaction, deleted again if it fails), the
 * decision email to its author, text corrections, and an organiser's own report of a past planned action.
 */
import "server-only";
import { getDb } from "@/db/client";
import { enqueueEmail } from "@/db/queries/outbox";
import { getPlannedActionForCampaign } from "@/db/queries/planned-actions";
import { deleteReportPhoto, getReportForCampaign, insertReport, updateReportFields } from "@/db/queries/reports";
import { AppError } from "@/lib/errors";
import { placeColumns } from "@/lib/geo/gazetteer";
import { absoluteUrl, paths } from "@/lib/urls";
import { deleteUploads } from "@/lib/uploads/images";
import type { ReportData, ReportFieldsData } from "@/lib/validation/reports";
import { assertMay, type CampaignActor } from "../actor";
import { auditSubmission, correctSubmissionPlace, decideSubmission, placeAfterEdit, type Decision } from "../moderation";
import { approvedByOrganiser, assertLive, assertMissionOf, writeSubmission, type SubmissionInput } from "../submit";
import { withStoredPhotos, type PostedPhotos } from "./photos";

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

export async function submitReport(
  input: SubmissionInput & {
    data: ReportData;
    posted: PostedPhotos;
    /** The honeypot was filled: answered like a success, nothing is stored or sent. */
    honeypot?: boolean;
  },
): Promise<number | null> {
  const { data } = input;
  assertLive(input.campaign);
  assertMissionOf(input.campaign.id, data.missionId);
  if (input.honeypot) return null;
  return withStoredPhotos(input.posted, (photos) =>
    writeSubmission("report", input, data, (tx, columns) => insertReport(tx, { ...fieldsOf(data), ...columns }, photos).id),
  );
}

/**
 * Approves or declines a report. When its status changes and the author left an address, the
 * author is emailed the decision with the organiser's reply (if any), in the same transaction. A
 * report approved without coordinates (written before the gazetteer, or its city unknown then) is
 * looked up once more.
 */
export function decideReport(actor: CampaignActor, reportId: number, decision: Decision, reply = "", now = new Date()): void {
  decideSubmission("report", actor, reportId, decision, {
    now,
    detail: reply ? { replied: true } : undefined,
    load: (tx) => getReportForCampaign(actor.campaign.id, reportId, tx),
    decided: (tx, status, report) => {
      if (!report) throw new AppError("submission_not_pending", `report ${reportId}`);
      if (status === "approved" && report.latitude === null && !report.placeCorrected) {
        updateReportFields(tx, reportId, placeColumns(report.country, report.city));
      }
      if (report.status === status || !report.contactEmail) return;
      const payload = {
        locale: report.locale,
        decision: status === "approved" ? "approved" : "declined",
        campaignTitle: actor.campaign.title,
        reply,
        wallUrl: absoluteUrl(paths.actionsWall(report.locale, actor.campaign.slug)),
      };
      enqueueEmail({ template: "report-decision", recipient: report.contactEmail, locale: report.locale, payload }, now);
    },
  });
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
      updateReportFields(tx, reportId, { ...fields, ...placeAfterEdit(report, fields) });
      auditSubmission(tx, "report", actor, "edit", reportId, { changed });
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
      auditSubmission(tx, "report", actor, "photo.remove", reportId, { photoId });
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
        const values = { ...fieldsOf(data), ...placeColumns(data.country, data.city), ...approvedByOrganiser(actor, locale, now), plannedActionId };
        const report = insertReport(tx, values, photos);
        auditSubmission(tx, "report", actor, "create", report.id, { plannedActionId, photos: photos.length });
        return report.id;
      },
      { behavior: "immediate" },
    ),
  );
}

/** See correctSubmissionPlace. */
export function correctReportPlace(actor: CampaignActor, reportId: number, coordinates: { latitude: number; longitude: number } | null): void {
  correctSubmissionPlace("report", actor, reportId, coordinates);
}
