/**
 * Gives a pin to rows that have none: those written before coordinates were stored (the demo seed,
 * an older database) and those whose city the gazetteer did not know then. Run once at start
 * (instrumentation.ts); idempotent: a row with coordinates, or corrected by hand, is never touched,
 * and a city still unknown stays without a pin until an organiser corrects it.
 */
import "server-only";
import { listUnplacedRows, setPlaceIfUnplaced } from "@/db/queries/places";
import { locateCity } from "./gazetteer";

export function placeUnplacedRows(): { placed: number; unknown: number } {
  const { reports, planned } = listUnplacedRows();
  let placed = 0;
  let unknown = 0;
  for (const [kind, rows] of [["report", reports], ["planned", planned]] as const) {
    for (const row of rows) {
      const hit = locateCity(row.country, row.city);
      if (!hit) {
        unknown++;
        continue;
      }
      setPlaceIfUnplaced(kind, row.id, hit);
      placed++;
    }
  }
  return { placed, unknown };
}
