/**
 * Reads for the public "Actions worldwide" page. Only approved report-backs and approved planned
 * actions ever leave here, and only their public columns: the private contact email, IP hash and
 * tokens are never selected. Callers check that the campaign is live.
 */
import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { actionReports, missions, plannedActions, reportPhotos, type ReportKind } from "../schema";

export interface WallFilter {
  country?: string;
}

function approvedReportsWhere(campaignId: number, filter: WallFilter & { kind?: ReportKind }): SQL | undefined {
  return and(
    eq(actionReports.campaignId, campaignId),
    eq(actionReports.status, "approved"),
    filter.country ? eq(actionReports.country, filter.country) : undefined,
    filter.kind ? eq(actionReports.kind, filter.kind) : undefined,
  );
}

/** Still ahead or under way: an action without an end is upcoming until it starts. */
function upcomingPlannedWhere(campaignId: number, now: Date, filter: WallFilter): SQL | undefined {
  return and(
    eq(plannedActions.campaignId, campaignId),
    eq(plannedActions.status, "approved"),
    sql`coalesce(${plannedActions.endsAt}, ${plannedActions.startsAt}) >= ${now.getTime()}`,
    filter.country ? eq(plannedActions.country, filter.country) : undefined,
  );
}

/** A mission is named only if it belongs to the same campaign (a stale id from elsewhere shows nothing). */
function missionJoin(missionId: typeof actionReports.missionId | typeof plannedActions.missionId, campaignId: number) {
  return and(eq(missions.id, missionId), eq(missions.campaignId, campaignId));
}

export function listApprovedReports(campaignId: number, opts: WallFilter & { kind?: ReportKind; page: number; pageSize: number }) {
  const db = getDb();
  const where = approvedReportsWhere(campaignId, opts);
  const total = db.select({ n: count() }).from(actionReports).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: actionReports.id,
      kind: actionReports.kind,
      actionDate: actionReports.actionDate,
      city: actionReports.city,
      country: actionReports.country,
      account: actionReports.account,
      replyText: actionReports.replyText,
      organisation: actionReports.organisation,
      missionName: missions.name,
    })
    .from(actionReports)
    .leftJoin(missions, missionJoin(actionReports.missionId, campaignId))
    .where(where)
    .orderBy(desc(actionReports.actionDate), desc(actionReports.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all();
  const photos = rows.length
    ? db
        .select({
          reportId: reportPhotos.reportId,
          path: reportPhotos.path,
          width: reportPhotos.width,
          height: reportPhotos.height,
          role: reportPhotos.role,
        })
        .from(reportPhotos)
        .where(inArray(reportPhotos.reportId, rows.map((r) => r.id)))
        .orderBy(asc(reportPhotos.reportId), asc(reportPhotos.position), asc(reportPhotos.id))
        .all()
    : [];
  const items = rows.map((r) => ({ ...r, photos: photos.filter((p) => p.reportId === r.id) }));
  return { items, total };
}

export type WallReport = ReturnType<typeof listApprovedReports>["items"][number];

export function listUpcomingPlannedActions(campaignId: number, opts: WallFilter & { now: Date; page: number; pageSize: number }) {
  const db = getDb();
  const where = upcomingPlannedWhere(campaignId, opts.now, opts);
  const total = db.select({ n: count() }).from(plannedActions).where(where).get()?.n ?? 0;
  const items = db
    .select({
      id: plannedActions.id,
      title: plannedActions.title,
      description: plannedActions.description,
      startsAt: plannedActions.startsAt,
      endsAt: plannedActions.endsAt,
      timeZone: plannedActions.timeZone,
      place: plannedActions.place,
      city: plannedActions.city,
      country: plannedActions.country,
      contact: plannedActions.contact,
      organisation: plannedActions.organisation,
      missionName: missions.name,
    })
    .from(plannedActions)
    .leftJoin(missions, missionJoin(plannedActions.missionId, campaignId))
    .where(where)
    .orderBy(asc(plannedActions.startsAt), asc(plannedActions.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all();
  return { items, total };
}

export type WallPlannedAction = ReturnType<typeof listUpcomingPlannedActions>["items"][number];

/**
 * Per-country counts of everything the wall can show unfiltered: approved reports and approved
 * upcoming planned actions (a past announcement is followed by its report-back, if any).
 */
export function countApprovedActionsByCountry(campaignId: number, now: Date) {
  const db = getDb();
  const reports = db
    .select({ country: actionReports.country, n: count() })
    .from(actionReports)
    .where(approvedReportsWhere(campaignId, {}))
    .groupBy(actionReports.country)
    .all();
  const planned = db
    .select({ country: plannedActions.country, n: count() })
    .from(plannedActions)
    .where(upcomingPlannedWhere(campaignId, now, {}))
    .groupBy(plannedActions.country)
    .all();
  return { reports, planned };
}
