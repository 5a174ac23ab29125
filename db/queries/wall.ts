/**
 * Reads for the public "Actions worldwide" pages (one campaign's, and every live campaign's at
 * /actions). Only approved report-backs and approved planned actions of live campaigns ever leave
 * here, and only their public columns: the private contact email, IP hash and tokens are never
 * selected. A campaign id of null means every live campaign.
 */
import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { actionReports, campaigns, missions, plannedActions, reportPhotos, type ReportKind } from "../schema";

export interface WallFilter {
  country?: string;
}

/** One campaign, or (null) every campaign; every query joins `campaigns` and counts only live ones. */
export type WallScope = number | null;

function approvedReportsWhere(campaignId: WallScope, filter: WallFilter & { kind?: ReportKind }): SQL | undefined {
  return and(
    campaignId === null ? undefined : eq(actionReports.campaignId, campaignId),
    eq(campaigns.status, "live"),
    eq(actionReports.status, "approved"),
    filter.country ? eq(actionReports.country, filter.country) : undefined,
    filter.kind ? eq(actionReports.kind, filter.kind) : undefined,
  );
}

/** Still ahead or under way: an action without an end is upcoming until it starts. */
function upcomingPlannedWhere(campaignId: WallScope, now: Date, filter: WallFilter): SQL | undefined {
  return and(
    campaignId === null ? undefined : eq(plannedActions.campaignId, campaignId),
    eq(campaigns.status, "live"),
    eq(plannedActions.status, "approved"),
    sql`coalesce(${plannedActions.endsAt}, ${plannedActions.startsAt}) >= ${now.getTime()}`,
    filter.country ? eq(plannedActions.country, filter.country) : undefined,
  );
}

/** A mission is named only if it belongs to the row's own campaign (a stale id from elsewhere shows nothing). */
function missionJoin(
  missionId: typeof actionReports.missionId | typeof plannedActions.missionId,
  campaignId: typeof actionReports.campaignId | typeof plannedActions.campaignId,
) {
  return and(eq(missions.id, missionId), eq(missions.campaignId, campaignId));
}

export function listApprovedReports(campaignId: WallScope, opts: WallFilter & { kind?: ReportKind; page: number; pageSize: number }) {
  const db = getDb();
  const where = approvedReportsWhere(campaignId, opts);
  const total =
    db.select({ n: count() }).from(actionReports).innerJoin(campaigns, eq(campaigns.id, actionReports.campaignId)).where(where).get()?.n ?? 0;
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
      campaignTitle: campaigns.title,
      campaignSlug: campaigns.slug,
    })
    .from(actionReports)
    .innerJoin(campaigns, eq(campaigns.id, actionReports.campaignId))
    .leftJoin(missions, missionJoin(actionReports.missionId, actionReports.campaignId))
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

export function listUpcomingPlannedActions(campaignId: WallScope, opts: WallFilter & { now: Date; page: number; pageSize: number }) {
  const db = getDb();
  const where = upcomingPlannedWhere(campaignId, opts.now, opts);
  const total =
    db.select({ n: count() }).from(plannedActions).innerJoin(campaigns, eq(campaigns.id, plannedActions.campaignId)).where(where).get()?.n ?? 0;
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
      campaignTitle: campaigns.title,
      campaignSlug: campaigns.slug,
    })
    .from(plannedActions)
    .innerJoin(campaigns, eq(campaigns.id, plannedActions.campaignId))
    .leftJoin(missions, missionJoin(plannedActions.missionId, plannedActions.campaignId))
    .where(where)
    .orderBy(asc(plannedActions.startsAt), asc(plannedActions.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all();
  return { items, total };
}

export type WallPlannedAction = ReturnType<typeof listUpcomingPlannedActions>["items"][number];

/**
 * Per-place counts of everything the wall can show unfiltered: approved reports (what happened) and
 * approved upcoming planned actions, apart (a past announcement is followed by its report-back, if
 * any, so it is not counted). Grouped by country, city as typed and the stored coordinates (null
 * when the gazetteer did not know the city); lib/wall merges spellings that share coordinates.
 */
export function countApprovedActionsByPlace(campaignId: WallScope, now: Date) {
  const db = getDb();
  const reports = db
    .select({ country: actionReports.country, city: actionReports.city, latitude: actionReports.latitude, longitude: actionReports.longitude, n: count() })
    .from(actionReports)
    .innerJoin(campaigns, eq(campaigns.id, actionReports.campaignId))
    .where(approvedReportsWhere(campaignId, {}))
    .groupBy(actionReports.country, actionReports.city, actionReports.latitude, actionReports.longitude)
    .all();
  const planned = db
    .select({ country: plannedActions.country, city: plannedActions.city, latitude: plannedActions.latitude, longitude: plannedActions.longitude, n: count() })
    .from(plannedActions)
    .innerJoin(campaigns, eq(campaigns.id, plannedActions.campaignId))
    .where(upcomingPlannedWhere(campaignId, now, {}))
    .groupBy(plannedActions.country, plannedActions.city, plannedActions.latitude, plannedActions.longitude)
    .all();
  return { reports, planned };
}

export type PlaceCountRow = ReturnType<typeof countApprovedActionsByPlace>["reports"][number];
