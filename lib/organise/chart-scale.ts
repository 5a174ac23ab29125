/**
 * The arithmetic behind the dashboard's charts: confirmations counted per quarter hour (exact for
 * every real zone offset) folded into days of the organiser's zone, gaps filled with zeros, long spans
 * folded into weeks, and "nice" axis ticks.
 */
import { utcToZonedInput } from "@/lib/calendar/zoned-time";

export const QUARTER_HOUR_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Beyond this many days a bar per day is too thin to read or to tab through: bars become weeks. */
export const MAX_DAILY_BARS = 90;

export interface Bucket {
  /** The first day of the bucket (YYYY-MM-DD) in the organiser's zone. */
  start: string;
  /** Days in the bucket: 1 or 7. */
  days: number;
  n: number;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** Quarter-hour counts (index = floor(ms / 15 min)) → consecutive days (or weeks) in `timeZone`, zeros included. */
export function timeBuckets(quarters: { quarter: number; n: number }[], timeZone: string): Bucket[] {
  if (quarters.length === 0) return [];
  const perDay = new Map<string, number>();
  for (const { quarter, n } of quarters) {
    const day = utcToZonedInput(new Date(quarter * QUARTER_HOUR_MS), timeZone).slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + n);
  }
  const days = [...perDay.keys()].sort();
  const first = days[0];
  const span = daysBetween(first, days.at(-1)!) + 1;
  const width = span > MAX_DAILY_BARS ? 7 : 1;
  const buckets: Bucket[] = [];
  for (let offset = 0; offset < span; offset += width) {
    const start = addDays(first, offset);
    let n = 0;
    for (let d = 0; d < width; d++) n += perDay.get(addDays(start, d)) ?? 0;
    buckets.push({ start, days: width, n });
  }
  return buckets;
}

/** Axis ticks from 0 to a round maximum at or above `max` (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}
