/**
 * The organiser's time-zone picker: every zone from @vvo/tzdb (kept up to date with IANA, with the
 * country of each zone), grouped by country, named in the viewer's language by Intl (country names,
 * the zone's generic name and its current offset), UTC first.
 */
import { getTimeZones } from "@vvo/tzdb";

export interface TimeZoneOption {
  value: string;
  label: string;
}
export interface TimeZoneGroup {
  label: string;
  options: TimeZoneOption[];
}

function zonePart(locale: string, timeZone: string, style: "longGeneric" | "shortOffset", at: Date): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "";
}

/** "Kazakhstan Time (GMT+5) · Almaty": the generic name and offset in the viewer's language, and the zone's own city. */
export function timeZoneLabel(locale: string, timeZone: string, at = new Date()): string {
  if (timeZone === "UTC") return "UTC";
  const city = timeZone.split("/").pop()!.replaceAll("_", " ");
  return `${zonePart(locale, timeZone, "longGeneric", at)} (${zonePart(locale, timeZone, "shortOffset", at)}) · ${city}`;
}

export function timeZoneGroups(locale: string, at = new Date()): TimeZoneGroup[] {
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const collator = new Intl.Collator(locale);
  const byCountry = new Map<string, { offset: number; option: TimeZoneOption }[]>();
  for (const zone of getTimeZones()) {
    const label = countries.of(zone.countryCode) ?? zone.countryName;
    const list = byCountry.get(label) ?? [];
    list.push({ offset: zone.currentTimeOffsetInMinutes, option: { value: zone.name, label: timeZoneLabel(locale, zone.name, at) } });
    byCountry.set(label, list);
  }
  const groups = [...byCountry.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([label, zones]) => ({ label, options: zones.sort((a, b) => a.offset - b.offset || collator.compare(a.option.label, b.option.label)).map((z) => z.option) }));
  return [{ label: "UTC", options: [{ value: "UTC", label: "UTC" }] }, ...groups];
}
