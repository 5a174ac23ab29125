/** Pins on the actions map: places merged, clustered by distance on screen, planned and happened apart; the phone's regional view. */
import { describe, expect, it } from "vitest";
import { clusterPins, CLUSTER_DISTANCE_PX, mergePlaces, regionalView } from "@/lib/wall/map-pins";
import { baseMap } from "@/lib/wall/world-map";

const row = (country: string, city: string, lat: number | null, lon: number | null, n: number) => ({ country, city, latitude: lat, longitude: lon, n });
/** A flat projection for tests: 1 unit per degree. */
const flat = ([lon, lat]: [number, number]): [number, number] => [lon + 180, 90 - lat];

describe("map pins", () => {
  it("merges places by coordinates or by name, keeping happened and planned apart", () => {
    const places = mergePlaces(
      [row("DE", "Berlin", 52.52, 13.4, 2), row("DE", "berlin", 52.52, 13.4, 1), row("SE", "Gävle", null, null, 1)],
      [row("DE", "Berlin", 52.52, 13.4, 1), row("SE", "gavle ", null, null, 2)],
    );
    expect(places).toHaveLength(2);
    expect(places.find((p) => p.country === "DE")).toMatchObject({ city: "Berlin", happened: 3, planned: 1 });
    expect(places.find((p) => p.country === "SE")).toMatchObject({ happened: 1, planned: 2, latitude: null });
  });

  it("clusters places closer than the cluster distance on screen, and only those", () => {
    const places = mergePlaces(
      [row("DE", "Berlin", 52.5, 13.4, 3), row("DE", "Potsdam", 52.4, 13.06, 1), row("FR", "Paris", 48.85, 2.35, 1)],
      [row("DE", "Potsdam", 52.4, 13.06, 2), row("SE", "Nowhere", null, null, 1)],
    );
    // At 0.2 units per pixel (a 5.2-unit radius), Berlin and Potsdam (~0.36 units apart) are one cluster; Paris (~11 units) is its own.
    const pins = clusterPins(places, flat, 0.2);
    expect(pins).toHaveLength(2);
    const big = pins.find((p) => p.places.length === 2)!;
    expect(big).toMatchObject({ happened: 4, planned: 2 });
    expect(big.places.map((p) => p.city).sort()).toEqual(["Berlin", "Potsdam"]);
    expect(pins.find((p) => p.places.length === 1)).toMatchObject({ happened: 1, planned: 0 });
    // Zoomed in far enough (0.01 units per pixel), nothing is clustered; places without coordinates have no pin.
    expect(clusterPins(places, flat, 0.01)).toHaveLength(3);
    // Zoomed out (Paris is 11 units away; CLUSTER_DISTANCE_PX pixels then cover more than that), all cluster.
    expect(clusterPins(places, flat, 12 / CLUSTER_DISTANCE_PX)).toHaveLength(1);
  });

  it("puts real cities where they are on the Equal Earth map", () => {
    const map = baseMap();
    const [pin] = clusterPins(mergePlaces([row("DE", "Berlin", 52.52, 13.405, 1)], []), map.project, 1);
    const berlin = map.countries.find((c) => c.code === "DE")!.bounds;
    expect(pin.x).toBeGreaterThan(berlin[0]);
    expect(pin.x).toBeLessThan(berlin[2]);
    expect(pin.y).toBeGreaterThan(berlin[1]);
    expect(pin.y).toBeLessThan(berlin[3]);
  });

  it("frames the pins for a phone, padded, at a readable aspect, inside the map", () => {
    const map = { width: 960, height: 422 };
    expect(regionalView([], map)).toEqual({ x: 0, y: 0, width: 960, height: 422 });
    const view = regionalView([{ x: 500, y: 100 }, { x: 540, y: 120 }], map);
    expect(view.width / view.height).toBeCloseTo(1.25, 1);
    expect(view.width).toBeGreaterThanOrEqual(160);
    expect(view.x).toBeLessThanOrEqual(500);
    expect(view.x + view.width).toBeGreaterThanOrEqual(540);
    expect(view.y).toBeGreaterThanOrEqual(0);
    // Near the edge it is shifted back inside the map.
    const edge = regionalView([{ x: 5, y: 5 }], map);
    expect(edge.x).toBe(0);
    expect(edge.y).toBe(0);
    // Pins all over the world: the whole map.
    expect(regionalView([{ x: 10, y: 200 }, { x: 950, y: 200 }], map)).toEqual({ x: 0, y: 0, width: 960, height: 422 });
  });
});
