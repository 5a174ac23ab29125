/**
 * Wall-clock time at a place ⇄ UTC instants, with the IANA zones built into Intl (no tz database of
 * our own). Planned actions are typed as local time plus a zone and stored as a UTC instant.
 */

/** Every IANA zone this runtime knows, for the form's select. */
export function timeZoneNames(): string[] {
  const names = Intl.supportedValuesOf("timeZone");
  return names.includes("UTC") ? names : [...names, "UTC"];
}

export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isLocalDateTime(value: string): boolean {
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m.map(Number);
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && h < 24 && mi < 60;
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant when clocks in `timeZone` show `local` (YYYY-MM-DDTHH:MM). Two passes settle the offset
 * across a daylight-saving change; a time skipped by the change lands just after it.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  if (!isLocalDateTime(local)) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = LOCAL.exec(local)!.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The wall-clock time at `timeZone` as a datetime-local value, for editing a stored instant. */
export function utcToZonedInput(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/**
 * A Date whose UTC fields hold a wall-clock time at `timeZone` (what optionalDate makes of a
 * datetime-local value) → the real instant; seconds and milliseconds are kept.
 */
export function wallClockToUtc(wall: Date, timeZone: string): Date {
  return new Date(zonedTimeToUtc(wall.toISOString().slice(0, 16), timeZone).getTime() + (wall.getTime() % 60_000));
}
