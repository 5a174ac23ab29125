/**
 * The pins on the actions map: one per place that has approved actions (reports that happened and
 * upcoming planned actions, counted apart), clustered on the server by distance on screen at the
 * map's scale, so pins never pile up and each cluster shows how many actions it holds. Pure: the
 * projection and the counts come in, positions and counts go out. Also the phone's regional view:
 * the part of the world that holds the pins, zoomed so a city's pin is readable on a small screen.
 */
import { normalizeCityName } from "@/lib/geo/city-name";

export interface PlaceCountInput {
  country: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  n: number;
}

export interface PlaceCount {
  country: string;
  /** The city as first typed (most counted spelling). */
  city: string;
  latitude: number | null;
  longitude: number | null;
  happened: number;
  planned: number;
}

/**
 * Reports and planned actions per place, merged: rows with coordinates by their (rounded) position,
 * rows without by country and normalised name ("Berlin" and "berlin " are one place).
 */
export function mergePlaces(reports: readonly PlaceCountInput[], planned: readonly PlaceCountInput[]): PlaceCount[] {
  const places = new Map<string, PlaceCount>();
  const add = (row: PlaceCountInput, key: "happened" | "planned") => {
    const id =
      row.latitude !== null && row.longitude !== null
        ? `${row.country}|${row.latitude.toFixed(3)}|${row.longitude.toFixed(3)}`
        : `${row.country}|${normalizeCityName(row.city)}`;
    let place = places.get(id);
    if (!place) {
      place = { country: row.country, city: row.city.trim(), latitude: row.latitude, longitude: row.longitude, happened: 0, planned: 0 };
      places.set(id, place);
    }
    place[key] += row.n;
  };
  for (const row of [...reports].sort((a, b) => b.n - a.n)) add(row, "happened");
  for (const row of [...planned].sort((a, b) => b.n - a.n)) add(row, "planned");
  return [...places.values()];
}

/** Per-country totals of merged places (happened + planned), for the shading. */
export function countryTotals(places: readonly PlaceCount[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of places) totals.set(p.country, (totals.get(p.country) ?? 0) + p.happened + p.planned);
  return totals;
}

/** A rectangle of the map in viewBox units. */
export interface MapView {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Pin {
  /** Position in viewBox units: the count-weighted centre of its places. */
  x: number;
  y: number;
  happened: number;
  planned: number;
  places: PlaceCount[];
}

/** How close (in screen pixels) two pins may come before they become one cluster. */
export const CLUSTER_DISTANCE_PX = 26;

type Project = (lonLat: [number, number]) => [number, number] | null;

/**
 * Greedy clustering: places, most actions first, join the nearest cluster whose centre is within
 * `CLUSTER_DISTANCE_PX` on screen (`unitsPerPx` viewBox units per pixel at the size the map is
 * shown), else start one. Places without coordinates have no pin (they are in the table).
 */
export function clusterPins(places: readonly PlaceCount[], project: Project, unitsPerPx: number): Pin[] {
  const threshold = CLUSTER_DISTANCE_PX * unitsPerPx;
  const located = places
    .filter((p) => p.latitude !== null && p.longitude !== null)
    .map((p) => ({ place: p, xy: project([p.longitude as number, p.latitude as number]) }))
    .filter((p): p is { place: PlaceCount; xy: [number, number] } => p.xy !== null)
    .sort((a, b) => b.place.happened + b.place.planned - (a.place.happened + a.place.planned) || a.xy[0] - b.xy[0]);
  const pins: Pin[] = [];
  for (const { place, xy } of located) {
    let best: Pin | undefined;
    let bestDistance = Infinity;
    for (const pin of pins) {
      const d = Math.hypot(pin.x - xy[0], pin.y - xy[1]);
      if (d <= threshold && d < bestDistance) {
        best = pin;
        bestDistance = d;
      }
    }
    const weight = place.happened + place.planned;
    if (!best) {
      pins.push({ x: xy[0], y: xy[1], happened: place.happened, planned: place.planned, places: [place] });
      continue;
    }
    const before = best.happened + best.planned;
    best.x = (best.x * before + xy[0] * weight) / (before + weight);
    best.y = (best.y * before + xy[1] * weight) / (before + weight);
    best.happened += place.happened;
    best.planned += place.planned;
    best.places.push(place);
  }
  return pins;
}

/**
 * The phone's view: the bounding box of the pins, padded, at least `minWidth` units wide (one city
 * is not blown up to fill the screen), widened or heightened to `aspect` (width / height), and kept
 * inside the map. With no pins, the whole map.
 */
export function regionalView(
  points: ReadonlyArray<{ x: number; y: number }>,
  map: { width: number; height: number },
  opts: { minWidth?: number; aspect?: number; padding?: number } = {},
): MapView {
  const whole = { x: 0, y: 0, width: map.width, height: map.height };
  if (points.length === 0) return whole;
  const { minWidth = 160, aspect = 1.25, padding = 0.2 } = opts;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let width = Math.max((x1 - x0) * (1 + 2 * padding), minWidth);
  let height = Math.max((y1 - y0) * (1 + 2 * padding), minWidth / aspect);
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  if (width >= map.width || height >= map.height) {
    // Spread over most of the world: the phone shows all of it (cropped to the map's own shape).
    return whole;
  }
  const clamp = (v: number, size: number, max: number) => Math.min(Math.max(v, 0), max - size);
  const x = clamp((x0 + x1) / 2 - width / 2, width, map.width);
  const y = clamp((y0 + y1) / 2 - height / 2, height, map.height);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: round(x), y: round(y), width: round(width), height: round(height) };
}
