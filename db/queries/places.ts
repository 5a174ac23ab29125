/** Rows whose place has no coordinates yet (written before the gazetteer, or a city it did not know), and setting them. */
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "../client";
import { actionReports, plannedActions } from "../schema";

const VISIBLE_SOON = ["pending", "approved"] as const;

export function listUnplacedRows() {
  const db = getDb();
  const where = (t: typeof actionReports | typeof plannedActions) => and(isNull(t.latitude), eq(t.placeCorrected, false), inArray(t.status, [...VISIBLE_SOON]));
  return {
    reports: db.select({ id: actionReports.id, country: actionReports.country, city: actionReports.city }).from(actionReports).where(where(actionReports)).all(),
    planned: db.select({ id: plannedActions.id, country: plannedActions.country, city: plannedActions.city }).from(plannedActions).where(where(plannedActions)).all(),
  };
}

/** Sets the looked-up coordinates, only if nobody set any meanwhile. */
export function setPlaceIfUnplaced(kind: "report" | "planned", id: number, place: { latitude: number; longitude: number }): void {
  const table = kind === "report" ? actionReports : plannedActions;
  getDb()
    .update(table)
    .set(place)
    .where(and(eq(table.id, id), isNull(table.latitude), eq(table.placeCorrected, false)))
    .run();
}
