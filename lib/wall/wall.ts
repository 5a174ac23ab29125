/**
 * The "Actions worldwide" page's decisions: which filters a query string asks for, what the page
 * lists, and the per-country counts behind the map. The map shows every approved action of the
 * campaign whatever the filters (it is the overview, and its table links to each country's
 * filter); the lists below follow the filters.
 */
import "server-only";
import {
  countApprovedActionsByPlace,
  listApprovedReports,
  listUpcomingPlannedActions,
  type WallPlannedAction,
  type WallReport,
  type WallScope,
} from "@/db/queries/wall";
import { REPORT_KINDS, type ReportKind } from "@/db/schema";
import { isCountryCode } from "@/lib/i18n/country-codes";
import { countryTotals, mergePlaces, type PlaceCount } from "./map-pins";

export const WALL_KINDS = [...REPORT_KINDS, "planned"] as const;
export type WallKind = (typeof WALL_KINDS)[number];

export const REPORTS_PAGE_SIZE = 10;
export const PLANNED_PAGE_SIZE = 10;

export interface WallQuery {
  country?: string;
  kind?: WallKind;
  /** The page of reports, and of upcoming planned actions (query parameter "upcoming"). */
  page: number;
  upcomingPage: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The filters asked for in the query string. Unknown or malformed values are dropped (the page
 * shows everything) rather than refused: a filter link is not a form anyone can get wrong.
 */
export function parseWallFilters(params: SearchParams): Pick<WallQuery, "country" | "kind"> {
  const country = single(params.country)?.toUpperCase();
  const kind = single(params.kind);
  return {
    country: country && isCountryCode(country) ? country : undefined,
    kind: (WALL_KINDS as readonly string[]).includes(kind ?? "") ? (kind as WallKind) : undefined,
  };
}

/** The query string for a wall URL, keeping the filters and leaving out defaults. */
export function wallSearch(query: Partial<WallQuery>): string {
  const params = new URLSearchParams();
  if (query.country) params.set("country", query.country);
  if (query.kind) params.set("kind", query.kind);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.upcomingPage && query.upcomingPage > 1) params.set("upcoming", String(query.upcomingPage));
  const s = params.toString();
  return s ? `?${s}` : "";
}

export interface ActionsWall {
  /** Approved actions per country (reports + upcoming planned), unfiltered: the map's shading. */
  countryCounts: Map<string, number>;
  /** The same actions per place, happened and planned apart: the pins and the table of places. */
  places: PlaceCount[];
  reports: { items: WallReport[]; total: number; pageCount: number };
  planned: { items: WallPlannedAction[]; total: number; pageCount: number };
}

const nothing = { items: [], total: 0, pageCount: 1 };

/** One campaign's wall, or (campaignId null) the wall of every live campaign. */
export function loadActionsWall(campaignId: WallScope, query: WallQuery, now: Date): ActionsWall {
  const counts = countApprovedActionsByPlace(campaignId, now);
  const places = mergePlaces(counts.reports, counts.planned);
  const reportKind: ReportKind | undefined = query.kind === "planned" ? undefined : query.kind;
  const reports =
    query.kind === "planned"
      ? nothing
      : withPageCount(listApprovedReports(campaignId, { country: query.country, kind: reportKind, page: query.page, pageSize: REPORTS_PAGE_SIZE }), REPORTS_PAGE_SIZE);
  const planned =
    query.kind && query.kind !== "planned"
      ? nothing
      : withPageCount(
          listUpcomingPlannedActions(campaignId, { country: query.country, now, page: query.upcomingPage, pageSize: PLANNED_PAGE_SIZE }),
          PLANNED_PAGE_SIZE,
        );
  const safeReports = { ...reports, items: reports.items.map((r) => ({ ...r, photos: r.photos.filter((p) => isReportPhotoPath(p.path)) })) };
  return { countryCounts: countryTotals(places), places, reports: safeReports, planned };
}

function withPageCount<T>(list: { items: T[]; total: number }, pageSize: number) {
  return { ...list, pageCount: Math.max(1, Math.ceil(list.total / pageSize)) };
}

/** The IANA zone to show a planned action in; a zone this runtime does not know falls back to UTC. */
export function displayTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/**
 * The zone's name in the reader's language at that instant ("Central European Summer Time"):
 * range formatting would only say "GMT+2", which names no place.
 */
export function timeZoneLongName(timeZone: string, at: Date, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(at);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** Only files Picket stored itself are shown: a photo path is never allowed to point elsewhere. */
export function isReportPhotoPath(path: string): boolean {
  return /^\/uploads\/reports\/[A-Za-z0-9._/-]+$/.test(path) && !path.includes("..");
}
