/** Report-backs ("tell us what you did") and their photos: writes, the moderation queue, retention. Lifecycle queries shared with planned actions are in submissions.ts. */
import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { pageWithTotal, rowOfCampaign } from "./count";
import { purgeSubmissions } from "./submissions";
import { getDb, type DbOrTx } from "../client";
import {
  actionReports,
  campaigns,
  missions,
  reportPhotos,
  type NewActionReport,
  type ReportPhoto,
  type SubmissionStatus,
} from "../schema";

export type NewReportPhoto = Omit<typeof reportPhotos.$inferInsert, "reportId" | "id">;

export function insertReport(db: DbOrTx, values: NewActionReport, photos: NewReportPhoto[]) {
  const report = db.insert(actionReports).values(values).returning().get();
  if (photos.length > 0) db.insert(reportPhotos).values(photos.map((p) => ({ ...p, reportId: report.id }))).run();
  return report;
}

export function getReportForCampaign(campaignId: number, reportId: number, db: DbOrTx = getDb()) {
  return rowOfCampaign(actionReports, campaignId, reportId, db);
}

export function listPhotosOfReports(reportIds: number[], db: DbOrTx = getDb()): ReportPhoto[] {
  if (reportIds.length === 0) return [];
  return db
    .select()
    .from(reportPhotos)
    .where(inArray(reportPhotos.reportId, reportIds))
    .orderBy(asc(reportPhotos.reportId), asc(reportPhotos.role), asc(reportPhotos.position), asc(reportPhotos.id))
    .all();
}

/** A page of a campaign's reports in one moderation state, newest first, with mission names and photos. */
export function listReportsForModeration(opts: { campaignId: number; status: Exclude<SubmissionStatus, "unconfirmed">; limit: number; offset: number }) {
  const db = getDb();
  const where = and(eq(actionReports.campaignId, opts.campaignId), eq(actionReports.status, opts.status));
  const query = db
    .select({ report: actionReports, missionName: missions.name })
    .from(actionReports)
    .leftJoin(missions, eq(missions.id, actionReports.missionId))
    .where(where)
    .orderBy(desc(actionReports.confirmedAt), desc(actionReports.id));
  const { items, total } = pageWithTotal(db, query, { table: actionReports, where }, opts);
  const photos = listPhotosOfReports(items.map((r) => r.report.id), db);
  return { items: items.map((r) => ({ ...r, photos: photos.filter((p) => p.reportId === r.report.id) })), total };
}

export function updateReportFields(db: DbOrTx, reportId: number, values: Partial<NewActionReport>) {
  return db.update(actionReports).set(values).where(eq(actionReports.id, reportId)).returning().get();
}

/** Removes one photo of a report; returns its public path so the file can be deleted after commit. */
export function deleteReportPhoto(db: DbOrTx, reportId: number, photoId: number): string | undefined {
  return db
    .delete(reportPhotos)
    .where(and(eq(reportPhotos.id, photoId), eq(reportPhotos.reportId, reportId)))
    .returning({ path: reportPhotos.path })
    .get()?.path;
}

/** Who may see a stored photo: its report's state and campaign. */
export function findPhotoOwner(publicPath: string) {
  return getDb()
    .select({ status: actionReports.status, campaignId: actionReports.campaignId, campaignStatus: campaigns.status })
    .from(reportPhotos)
    .innerJoin(actionReports, eq(actionReports.id, reportPhotos.reportId))
    .innerJoin(campaigns, eq(campaigns.id, actionReports.campaignId))
    .where(eq(reportPhotos.path, publicPath))
    .get();
}

/** Retention (purgeSubmissions), plus the deleted reports' photo paths so their files can be removed. */
export function purgeReports(opts: { now: Date; moderatedBefore: Date }): { deleted: number; emailsErased: number; photoPaths: string[] } {
  let photoPaths: string[] = [];
  const counts = purgeSubmissions("report", opts, (tx, ids) => {
    photoPaths = tx.select({ path: reportPhotos.path }).from(reportPhotos).where(inArray(reportPhotos.reportId, ids)).all().map((p) => p.path);
  });
  return { ...counts, photoPaths };
}
