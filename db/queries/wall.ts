/**
 * Reads for the public "Actions worldwide" pages (one campaign's, and every live campaign's at
 * /actions). Only approved report-backs and approved planned actions of live campaigns ever leave
 * here, and only their public columns: the private contact email, IP hash and tokens are never
 * selected. A campaign id of null means every live campaign.
 */
import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
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

/**
 * One page of wall items of `table`: the given columns, plus the campaign's title and slug and the
 * mission's name (if any), in the given order.
 */
function pageOfItems<T extends SelectedFields>(
  table: typeof actionReports | typeof plannedActions,
  columns: T,
  where: SQL | undefined,
  order: SQL[],
  opts: { page: number; pageSize: number },
) {
  return getDb()
    .select({ ...columns, missionName: missions.name, campaignTitle: campaigns.title, campaignSlug: campaigns.slug })
    .from(table)
    .innerJoin(campaigns, eq(campaigns.id, table.campaignId))
    .leftJoin(missions, missionJoin(table.missionId, table.campaignId))
    .where(where)
    .orderBy(...order)
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all();
}

export function listApprovedReports(campaignId: WallScope, opts: WallFilter & { kind?: ReportKind; page: number; pageSize: number }) {
  const db = getDb();
  const where = approvedReportsWhere(campaignId, opts);
  const total =
    db.select({ n: count() }).from(actionReports).innerJoin(campaigns, eq(campaigns.id, actionReports.campaignId)).where(where).get()?.n ?? 0;
  const { id, kind, actionDate, city, country, account, replyText, organisation } = actionReports;
  const columns = { id, kind, actionDate, city, country, account, replyText, organisation };
  const rows = pageOfItems(actionReports, columns, where, [desc(actionDate), desc(id)], opts);
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
  const { id, title, description, startsAt, endsAt, timeZone, place, city, country, contact, organisation } = plannedActions;
  const columns = { id, title, description, startsAt, endsAt, timeZone, place, city, country, contact, organisation };
  const items = pageOfItems(plannedActions, columns, where, [asc(startsAt), asc(id)], opts);
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
