// Proves the hand-written .ics: RFC 5545 text escaping, 75-octet folding that never splits a UTF-8
// character, CRLF endings, UTC times, and local time + IANA zone → the right UTC instant.
import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine, utcStamp } from "@/lib/calendar/ics";
import { isTimeZone, utcToZonedInput, zonedTimeToUtc } from "@/lib/calendar/zoned-time";

const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("text escaping", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("plain: text")).toBe("plain: text");
  });
});

describe("line folding", () => {
  it("keeps every physical line within 75 octets and unfolds to the original", () => {
    const line = `DESCRIPTION:${"x".repeat(200)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("never splits a Cyrillic (two-octet) or emoji (four-octet) character", () => {
    const line = `SUMMARY:${"Пикет у посольства Казахстана в годовщину Жанаозена ✊🏽 ".repeat(4)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
      // A split character would show up as U+FFFD after a round trip through bytes.
      expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(unfold(folded)).toBe(line);
  });

  it("leaves short lines alone", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });
});

describe("local time and zone to UTC", () => {
  it("converts the Zhanaozen anniversary in London (GMT in December) and in Almaty", () => {
    expect(zonedTimeToUtc("2026-12-16T12:00", "Europe/London").toISOString()).toBe("2026-12-16T12:00:00.000Z");
    // Kazakhstan has kept UTC+5 all year since March 2024.
    expect(zonedTimeToUtc("2026-12-16T12:00", "Asia/Almaty").toISOString()).toBe("2026-12-16T07:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-01T12:00", "Europe/London").toISOString()).toBe("2026-07-01T11:00:00.000Z");
    expect(zonedTimeToUtc("2026-05-26T18:30", "America/Toronto").toISOString()).toBe("2026-05-26T22:30:00.000Z");
  });

  it("handles the hours around a daylight-saving change", () => {
    // Clocks in London went forward at 01:00 UTC on 29 March 2026.
    expect(zonedTimeToUtc("2026-03-29T00:30", "Europe/London").toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(zonedTimeToUtc("2026-03-29T03:00", "Europe/London").toISOString()).toBe("2026-03-29T02:00:00.000Z");
  });

  it("goes back to the local time for editing, and checks zones", () => {
    expect(utcToZonedInput(new Date("2026-12-16T07:00:00Z"), "Asia/Almaty")).toBe("2026-12-16T12:00");
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("../etc")).toBe(false);
    expect(() => zonedTimeToUtc("2026-02-30T10:00", "UTC")).toThrow(RangeError);
  });
});

describe("the calendar file", () => {
  const ics = buildIcs({
    uid: "planned-action-7@picket.test",
    stamp: new Date("2026-01-02T03:04:05.678Z"),
    start: zonedTimeToUtc("2026-12-16T12:00", "Europe/London"),
    end: zonedTimeToUtc("2026-12-16T13:00", "Europe/London"),
    summary: "Memorial picket; Zhanaozen, 15 years",
    location: "Kazakhstan House, 125 Pall Mall, London, United Kingdom",
    description: "Bring candles.\nContact: London Solidarity Group, info@example.org",
    url: "http://picket.test/en/campaigns/c/actions",
  });

  it("is one VEVENT in a VCALENDAR with CRLF line endings", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("has UTC times, a UID, and escaped text", () => {
    const text = unfold(ics);
    expect(text).toContain("\r\nUID:planned-action-7@picket.test\r\n");
    expect(text).toContain("\r\nDTSTAMP:20260102T030405Z\r\n");
    expect(text).toContain("\r\nDTSTART:20261216T120000Z\r\n");
    expect(text).toContain("\r\nDTEND:20261216T130000Z\r\n");
    expect(text).toContain("\r\nSUMMARY:Memorial picket\\; Zhanaozen\\, 15 years\r\n");
    expect(text).toContain("\r\nLOCATION:Kazakhstan House\\, 125 Pall Mall\\, London\\, United Kingdom\r\n");
    expect(text).toContain("\r\nDESCRIPTION:Bring candles.\\nContact: London Solidarity Group\\, info@example.org\r\n");
    expect(utcStamp(new Date("2026-12-16T07:00:00Z"))).toBe("20261216T070000Z");
  });
});
