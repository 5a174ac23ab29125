/**
 * The server-drawn world map: ISO numeric ids map to alpha-2, counts map to the right class,
 * the outlines are projected once, and the SVG is accessible, self-contained and small.
 * Also: the wall's reads never return anything but approved rows, nor the private contact email.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { WorldMap } from "@/components/wall/world-map";
import { getDb } from "@/db/client";
import { countApprovedActionsByPlace, listApprovedReports, listUpcomingPlannedActions } from "@/db/queries/wall";
import { insertCampaign } from "@/db/queries/campaigns";
import { actionReports, plannedActions, reportPhotos } from "@/db/schema";
import { isReportPhotoPath, parseWallFilters, wallSearch } from "@/lib/wall/wall";
import { countryTotals, mergePlaces } from "@/lib/wall/map-pins";
import { baseMap, isOnMap, mergeCountryCounts, numericToAlpha2, rankCountries, shadeCountries, shadeFor } from "@/lib/wall/world-map";

/** The budget for the whole <svg> element with every country shaded; see docs/ACTIONS-WALL.md. */
const SVG_BYTE_BUDGET = 90_000;

function renderMap(counts: Map<string, number>): string {
  return renderToStaticMarkup(
    createElement(WorldMap, {
      counts,
      title: "World map of actions",
      description: "Actions in 2 countries: Sweden 3, Germany 1.",
      countryLabel: (code: string, count: number) => `${code}: ${count} actions`,
      legendHeading: "Number of actions",
      legendLabels: { 0: "none", 1: "1", 2: "2–4", 3: "5–9", 4: "10 or more" },
      places: [],
      pinLabel: () => "pin",
      pinLegend: { happened: "happened", planned: "planned" },
    }),
  );
}

function svgOf(html: string): string {
  return html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length);
}

describe("world map data", () => {
  it("maps world-atlas ISO numeric ids to alpha-2 codes", () => {
    expect(numericToAlpha2("826")).toBe("GB");
    expect(numericToAlpha2("398")).toBe("KZ");
    expect(numericToAlpha2("124")).toBe("CA");
    expect(numericToAlpha2("276")).toBe("DE");
    expect(numericToAlpha2("036")).toBe("AU");
    expect(numericToAlpha2(undefined)).toBeNull();
    expect(numericToAlpha2("999")).toBeNull();
  });

  it("draws areas without an ISO code (Kosovo, N. Cyprus, Somaliland) unshaded", () => {
    const uncoded = baseMap().countries.filter((c) => c.code === null);
    expect(uncoded.length).toBeGreaterThanOrEqual(1);
    const shaded = shadeCountries(new Map([["XK", 5]]));
    for (const c of shaded.filter((s) => s.code === null)) expect(c.shade).toBe(0);
  });

  it("has the countries of the demo campaign and leaves Antarctica out", () => {
    for (const code of ["GB", "KZ", "CA", "DE", "SE", "AU", "IN", "NO", "FI"]) expect(isOnMap(code)).toBe(true);
    expect(isOnMap("AQ")).toBe(false);
    expect(isOnMap("MT")).toBe(false);
  });

  it("puts counts into classes 0, 1, 2–4, 5–9, 10+", () => {
    expect([0, 1, 2, 4, 5, 9, 10, 250].map(shadeFor)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("shades a country by its count and leaves the others unshaded", () => {
    const shaded = shadeCountries(new Map([["SE", 3], ["DE", 1], ["KZ", 12]]));
    const by = (code: string) => shaded.find((c) => c.code === code)!;
    expect(by("SE")).toMatchObject({ count: 3, shade: 2 });
    expect(by("DE")).toMatchObject({ count: 1, shade: 1 });
    expect(by("KZ")).toMatchObject({ count: 12, shade: 4 });
    expect(by("NO")).toMatchObject({ count: 0, shade: 0 });
    expect(shaded.filter((c) => c.shade > 0)).toHaveLength(3);
  });

  it("projects the base outlines once per process", () => {
    expect(baseMap()).toBe(baseMap());
    expect(baseMap().countries).toBe(baseMap().countries);
    expect(baseMap().width).toBe(960);
    expect(baseMap().height).toBeGreaterThan(300);
    // Coordinates carry at most one decimal.
    expect(baseMap().countries.some((c) => /\d\.\d\d/.test(c.d))).toBe(false);
  });

  it("adds up reports and planned actions per country and ranks them", () => {
    const counts = mergeCountryCounts([{ country: "SE", n: 2 }, { country: "DE", n: 1 }], [{ country: "DE", n: 1 }, { country: "GB", n: 2 }]);
    expect(Object.fromEntries(counts)).toEqual({ SE: 2, DE: 2, GB: 2 });
    const names: Record<string, string> = { SE: "Sweden", DE: "Germany", GB: "United Kingdom" };
    expect(rankCountries(new Map([...counts, ["KZ", 5]]), (c) => names[c] ?? c, "en").map((c) => c.code)).toEqual(["KZ", "DE", "SE", "GB"]);
  });
});

describe("world map SVG", () => {
  const html = renderMap(new Map([["SE", 3], ["DE", 1]]));
  const svg = svgOf(html);

  it("is an image with a title and a description", () => {
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('aria-labelledby="world-map-title"');
    expect(svg).toContain('<title id="world-map-title">World map of actions</title>');
    expect(svg).toContain('<desc id="world-map-desc">Actions in 2 countries: Sweden 3, Germany 1.</desc>');
  });

  it("gives each shaded country a tooltip and marks its class", () => {
    expect(svg).toMatch(/<path d="[^"]+" data-country="SE" data-shade="2" data-count="3"><title>SE: 3 actions<\/title><\/path>/);
    expect(svg).toMatch(/<path d="[^"]+" data-country="DE" data-shade="1" data-count="1"><title>DE: 1 actions<\/title><\/path>/);
    expect(svg).toMatch(/<path d="[^"]+" data-country="NO" data-shade="0"><\/path>/);
    expect(svg.match(/<title>/g)).toHaveLength(2);
  });

  it("references nothing outside itself", () => {
    expect(svg).not.toContain("http");
    expect(svg).not.toContain("<image");
    expect(svg).not.toMatch(/href|url\(|font|<use|<foreignObject|<script/i);
  });

  it(`stays under ${SVG_BYTE_BUDGET} bytes even with every country shaded`, () => {
    const everywhere = new Map(baseMap().countries.flatMap((c) => (c.code ? [[c.code, 7] as [string, number]] : [])));
    const full = svgOf(renderMap(everywhere));
    const bytes = Buffer.byteLength(full);
    expect(bytes).toBeLessThan(SVG_BYTE_BUDGET);
    expect(Buffer.byteLength(svg)).toBeLessThan(bytes);
  });
});

describe("actions wall reads", () => {
  let campaignId: number;
  const now = new Date("2026-05-01T12:00:00Z");
  const day = 24 * 60 * 60 * 1000;

  beforeAll(() => {
    const db = getDb();
    campaignId = insertCampaign(db, { slug: `wall-${Date.now()}`, title: "Wall", summary: "S", story: "S", demands: ["D"], status: "live" }).id;
    const report = (country: string, status: "unconfirmed" | "pending" | "approved" | "rejected", kind: "protest" | "letter_delivered" = "protest") =>
      db
        .insert(actionReports)
        .values({ campaignId, kind, actionDate: "2026-04-20", city: "City", country, account: "We stood there.", organisation: "Branch", contactEmail: `secret-${country}@example.org`, locale: "en", status })
        .returning()
        .get().id;
    const approved = report("SE", "approved");
    report("SE", "approved", "letter_delivered");
    report("NO", "pending");
    report("FI", "rejected");
    report("DK", "unconfirmed");
    db.insert(reportPhotos).values({ reportId: approved, path: "/uploads/reports/a.webp", width: 800, height: 600 }).run();
    const planned = (country: string, status: "approved" | "pending", startsAt: number) =>
      db
        .insert(plannedActions)
        .values({ campaignId, title: "Picket", startsAt: new Date(startsAt), timeZone: "Europe/Berlin", place: "Square", city: "Berlin", country, contact: "branch@example.org", contactEmail: "private@example.org", locale: "en", status })
        .run();
    planned("DE", "approved", now.getTime() + 3 * day);
    planned("DE", "approved", now.getTime() - 3 * day);
    planned("PL", "pending", now.getTime() + 3 * day);
  });

  it("lists approved reports only, without the private email, newest first, with photos", () => {
    const { items, total } = listApprovedReports(campaignId, { page: 1, pageSize: 10 });
    expect(total).toBe(2);
    expect(items.map((r) => r.country)).toEqual(["SE", "SE"]);
    expect(JSON.stringify(items)).not.toContain("secret-");
    expect(items.flatMap((r) => r.photos.map((p) => p.path))).toEqual(["/uploads/reports/a.webp"]);
    expect(listApprovedReports(campaignId, { kind: "letter_delivered", page: 1, pageSize: 10 }).total).toBe(1);
    expect(listApprovedReports(campaignId, { country: "NO", page: 1, pageSize: 10 }).total).toBe(0);
  });

  it("lists approved upcoming planned actions only, without the private email", () => {
    const { items, total } = listUpcomingPlannedActions(campaignId, { now, page: 1, pageSize: 10 });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ country: "DE", contact: "branch@example.org" });
    expect(JSON.stringify(items)).not.toContain("private@");
  });

  it("counts approved actions per country for the map", () => {
    const { reports, planned } = countApprovedActionsByPlace(campaignId, now);
    expect(Object.fromEntries(mergeCountryCounts(reports, planned))).toEqual({ SE: 2, DE: 1 });
    expect(Object.fromEntries(countryTotals(mergePlaces(reports, planned)))).toEqual({ SE: 2, DE: 1 });
  });

  it("drops filter values it does not know and photo paths it did not store", () => {
    expect(parseWallFilters({ country: "se", kind: "protest" })).toEqual({ country: "SE", kind: "protest" });
    expect(parseWallFilters({ country: "XX", kind: "riot" })).toEqual({ country: undefined, kind: undefined });
    expect(parseWallFilters({ country: ["DE", "SE"], kind: "planned" })).toEqual({ country: "DE", kind: "planned" });
    expect(wallSearch({ country: "SE", kind: "protest", page: 2, upcomingPage: 1 })).toBe("?country=SE&kind=protest&page=2");
    expect(wallSearch({ page: 1, upcomingPage: 1 })).toBe("");
    expect(isReportPhotoPath("/uploads/reports/2026/a.webp")).toBe(true);
    expect(isReportPhotoPath("https://tracker.example/a.png")).toBe(false);
    expect(isReportPhotoPath("/uploads/reports/../../etc/passwd")).toBe(false);
  });
});
