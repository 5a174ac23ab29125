/** The offline gazetteer: country + city name, case- and diacritics-insensitive, most populous namesake wins. */
import { describe, expect, it } from "vitest";
import { buildIndex, locateCity, lookupIn, normalizeCityName, placeColumns } from "@/lib/geo/gazetteer";

const city = (name: string, country: string, population: number, lon: number, lat: number) => ({ name, country, population, loc: { coordinates: [lon, lat] as [number, number] } });

describe("gazetteer matching", () => {
  it("normalises case, diacritics, punctuation and spaces", () => {
    expect(normalizeCityName("  Saint-Étienne ")).toBe("saint etienne");
    expect(normalizeCityName("KÖLN")).toBe("koln");
    expect(normalizeCityName("Göteborg")).toBe(normalizeCityName("goteborg"));
    expect(normalizeCityName("Straße")).toBe("strasse");
    expect(normalizeCityName("Ёлкино")).toBe(normalizeCityName("елкино"));
  });

  it("picks the most populous match within the country, never another country's", () => {
    const index = buildIndex([
      city("Moscow", "US", 25060, -117, 46.7),
      city("Moscow", "RU", 10381222, 37.6, 55.75),
      city("Springfield", "US", 1000, -1, 1),
      city("Springfield", "US", 160000, -89.6, 39.8),
      city("Springfield", "US", 5000, -2, 2),
    ]);
    expect(lookupIn(index, "RU", "moscow")).toEqual({ latitude: 55.75, longitude: 37.6 });
    expect(lookupIn(index, "us", "MOSCOW")).toEqual({ latitude: 46.7, longitude: -117 });
    expect(lookupIn(index, "US", "Springfield")).toEqual({ latitude: 39.8, longitude: -89.6 });
    expect(lookupIn(index, "DE", "Moscow")).toBeNull();
  });

  it("finds real cities in the shipped GeoNames data", () => {
    const berlin = locateCity("DE", "berlin");
    expect(berlin?.latitude).toBeCloseTo(52.52, 1);
    expect(berlin?.longitude).toBeCloseTo(13.41, 1);
    expect(locateCity("DE", "Koln")?.latitude).toBeCloseTo(50.93, 1);
    expect(locateCity("SE", "Göteborg")?.longitude).toBeCloseTo(11.97, 1);
    // Moscow, Russia — not Moscow, Idaho.
    expect(locateCity("RU", "Moscow")?.longitude).toBeCloseTo(37.6, 1);
    expect(locateCity("US", "Moscow")?.longitude).toBeLessThan(-70);
    expect(placeColumns("DE", "Nowhere-on-earth-town")).toEqual({ latitude: null, longitude: null });
    expect(locateCity("DE", "   ")).toBeNull();
  });
});

describe("placing rows written without coordinates", () => {
  it("looks up unplaced pending and approved rows once, never touching corrected or unknown ones", async () => {
    const { resetDatabase } = await import("../fixtures/db");
    const { getDb } = await import("@/db/client");
    const { insertCampaign } = await import("@/db/queries/campaigns");
    const { actionReports, plannedActions } = await import("@/db/schema");
    const { placeUnplacedRows } = await import("@/lib/geo/backfill");
    resetDatabase();
    const db = getDb();
    const campaign = insertCampaign(db, { slug: "c", title: "C", summary: "s", story: "s", demands: [], status: "live" });
    const report = (city: string, country: string, extra: Record<string, unknown> = {}) =>
      db
        .insert(actionReports)
        .values({ campaignId: campaign.id, kind: "protest", actionDate: "2026-01-01", city, country, account: "a", organisation: "", locale: "en", status: "approved", ...extra })
        .returning()
        .get().id;
    const berlin = report("Berlin", "DE");
    const unknown = report("Nowhere-at-all", "DE");
    const corrected = report("Berlin", "DE", { latitude: 1, longitude: 2, placeCorrected: true });
    const unconfirmed = report("Berlin", "DE", { status: "unconfirmed" });
    db.insert(plannedActions).values({ campaignId: campaign.id, title: "t", startsAt: new Date(), timeZone: "UTC", place: "p", city: "Lisbon", country: "PT", contact: "", locale: "en", status: "approved" }).run();
    expect(placeUnplacedRows()).toEqual({ placed: 2, unknown: 1 });
    const rows = new Map(db.select().from(actionReports).all().map((r) => [r.id, r]));
    expect(rows.get(berlin)?.latitude).toBeCloseTo(52.52, 1);
    expect(rows.get(unknown)?.latitude).toBeNull();
    expect(rows.get(corrected)).toMatchObject({ latitude: 1, longitude: 2 });
    expect(rows.get(unconfirmed)?.latitude).toBeNull();
    expect(db.select().from(plannedActions).get()?.longitude).toBeCloseTo(-9.13, 1);
    // Idempotent: nothing left to place but the unknown city.
    expect(placeUnplacedRows()).toEqual({ placed: 0, unknown: 1 });
  });
});
