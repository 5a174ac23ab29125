/**
 * The world map of a campaign's actions, as pure data: country outlines projected once per process
 * from Natural Earth (world-atlas, 1:110m) and, per request, each country's shading class.
 * No tiles, no fonts, no requests: the page draws these paths as inline SVG.
 */
import { geoEqualEarth, geoPath, type GeoContext } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";

/** The SVG's coordinate width; the height follows from the projection. CSS scales it to any screen. */
export const MAP_WIDTH = 960;

/** Antarctica (ISO numeric 010) is left out: nobody pickets an embassy there and it costs a third of the height. */
const LEFT_OUT = new Set(["010"]);

export interface BaseCountry {
  /** ISO 3166-1 alpha-2, or null for areas without one (Kosovo, N. Cyprus, Somaliland): drawn, never shaded. */
  code: string | null;
  /** SVG path data in viewBox units, relative commands, one decimal. */
  d: string;
  /** [x0, y0, x1, y1] in viewBox units: a regional view draws only the outlines it overlaps. */
  bounds: [number, number, number, number];
}

export interface BaseMap {
  width: number;
  height: number;
  countries: readonly BaseCountry[];
  /** [longitude, latitude] in degrees → [x, y] in viewBox units (the same projection as the outlines). */
  project: (lonLat: [number, number]) => [number, number] | null;
}

/** Shading classes by number of actions: 0 is unshaded; the last class is open-ended. */
export const SHADE_CLASSES = [
  { shade: 0, min: 0, max: 0 },
  { shade: 1, min: 1, max: 1 },
  { shade: 2, min: 2, max: 4 },
  { shade: 3, min: 5, max: 9 },
  { shade: 4, min: 10, max: Infinity },
] as const;
export type Shade = (typeof SHADE_CLASSES)[number]["shade"];

/**
 * One light-to-dark single hue (ColorBrewer "Blues"), which stays ordered for every kind of colour
 * blindness and in greyscale. Borders are dark on light fills and white on dark ones, so each
 * outline keeps at least 3:1 against its own fill; red is kept for the brand and for errors.
 */
export const SHADE_STYLES: Record<Shade, { fill: string; stroke: string }> = {
  0: { fill: "#f5f5f4", stroke: "#78716c" },
  1: { fill: "#9ecae1", stroke: "#1c1917" },
  2: { fill: "#4292c6", stroke: "#1c1917" },
  3: { fill: "#08519c", stroke: "#ffffff" },
  4: { fill: "#08306b", stroke: "#ffffff" },
};

export function shadeFor(count: number): Shade {
  for (const c of SHADE_CLASSES) if (count >= c.min && count <= c.max) return c.shade;
  return 0;
}

/** world-atlas ids are ISO 3166-1 numeric codes as strings ("826"); a few areas have none. */
export function numericToAlpha2(id: string | number | undefined): string | null {
  if (id === undefined || id === "") return null;
  return countries.numericToAlpha2(id) ?? null;
}

/** Tenths of a unit, printed as short as SVG allows: 12 → "1.2", 5 → ".5", -5 → "-.5", 20 → "2". */
function tenths(n: number): string {
  return (n / 10).toString().replace(/^(-?)0\./, "$1.");
}

/**
 * A d3 path context that writes relative coordinates rounded to one decimal. Points are rounded
 * first and the deltas taken between rounded points, so no error accumulates along a border; the
 * result is about 40 % shorter than d3's absolute `digits(1)` output.
 */
class RelativePathWriter implements GeoContext {
  /** The path data drawn since the last beginPath(). */
  out = "";
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  private pair(dx: number, dy: number): string {
    const b = tenths(dy);
    return tenths(dx) + (b.startsWith("-") ? "" : ",") + b;
  }

  moveTo(px: number, py: number): void {
    const x = Math.round(px * 10);
    const y = Math.round(py * 10);
    this.out += "m" + this.pair(x - this.x, y - this.y);
    this.x = this.startX = x;
    this.y = this.startY = y;
  }

  lineTo(px: number, py: number): void {
    const x = Math.round(px * 10);
    const y = Math.round(py * 10);
    if (x === this.x && y === this.y) return;
    const p = this.pair(x - this.x, y - this.y);
    // After "m", further pairs are implicit relative line-tos; a leading minus needs no separator.
    this.out += (p.startsWith("-") ? "" : " ") + p;
    this.x = x;
    this.y = y;
  }

  closePath(): void {
    this.out += "z";
    this.x = this.startX;
    this.y = this.startY;
  }

  arc(): void {
    // d3 calls arc() only for Point geometries, which the countries layer does not have.
    throw new Error("world map: point geometries are not drawn");
  }

  /** Starts a new, separate path: as in canvas, drawing resumes from the origin. */
  beginPath(): void {
    this.out = "";
    this.x = this.y = this.startX = this.startY = 0;
  }
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function projectBaseMap(): BaseMap {
  const topology = atlas as unknown as CountriesTopology;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((f) => !LEFT_OUT.has(String(f.id)));
  const world = { type: "FeatureCollection" as const, features };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, world);
  const height = Math.ceil(geoPath(projection).bounds(world)[1][1]);
  const writer = new RelativePathWriter();
  const path = geoPath(projection, writer);
  const measure = geoPath(projection);
  const drawn: BaseCountry[] = [];
  for (const f of features) {
    writer.beginPath();
    path(f);
    const d = writer.out;
    const [[x0, y0], [x1, y1]] = measure.bounds(f);
    if (d) drawn.push({ code: numericToAlpha2(f.id), d, bounds: [x0, y0, x1, y1] });
  }
  return { width: MAP_WIDTH, height, countries: drawn, project: (p) => projection(p) };
}

let baseMapMemo: BaseMap | undefined;

/** The projected outlines, computed on first use and kept for the life of the process (they never change). */
export function baseMap(): BaseMap {
  baseMapMemo ??= projectBaseMap();
  return baseMapMemo;
}

/** Adds up per-country counts from several sources (reports, planned actions). */
export function mergeCountryCounts(...lists: ReadonlyArray<{ country: string; n: number }>[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const list of lists) for (const { country, n } of list) merged.set(country, (merged.get(country) ?? 0) + n);
  return merged;
}

export interface ShadedCountry extends BaseCountry {
  count: number;
  shade: Shade;
}

/** The per-request part: each outline with its count and class. Unknown codes count as zero. */
export function shadeCountries(counts: ReadonlyMap<string, number>): ShadedCountry[] {
  return baseMap().countries.map((c) => {
    const count = c.code ? (counts.get(c.code) ?? 0) : 0;
    return { ...c, count, shade: shadeFor(count) };
  });
}

let drawnCodes: Set<string> | undefined;

/** Whether a country has an outline on this map (tiny states such as Malta or Singapore do not at 1:110m). */
export function isOnMap(code: string): boolean {
  drawnCodes ??= new Set(baseMap().countries.flatMap((c) => (c.code ? [c.code] : [])));
  return drawnCodes.has(code);
}

export interface RankedCountry {
  code: string;
  name: string;
  count: number;
}

/** Countries with actions, most first, then by name in the reader's language: the map's summary and table. */
export function rankCountries(counts: ReadonlyMap<string, number>, nameOf: (code: string) => string, locale: string): RankedCountry[] {
  const collator = new Intl.Collator(locale);
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([code, count]) => ({ code, name: nameOf(code), count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}
