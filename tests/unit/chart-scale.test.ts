/** The dashboard's time axis: days of the organiser's zone, gaps as zeros, weeks for long spans; round ticks. */
import { describe, expect, it } from "vitest";
import { niceTicks, QUARTER_HOUR_MS, timeBuckets } from "@/lib/organise/chart-scale";

const at = (iso: string, n = 1) => ({ quarter: Math.floor(Date.parse(iso) / QUARTER_HOUR_MS), n });

describe("time buckets", () => {
  it("counts a confirmation on the day it was in the organiser's zone, not in UTC", () => {
    const late = [at("2026-12-02T20:00:00Z", 3)];
    expect(timeBuckets(late, "UTC")).toEqual([{ start: "2026-12-02", days: 1, n: 3 }]);
    expect(timeBuckets(late, "Asia/Almaty")).toEqual([{ start: "2026-12-03", days: 1, n: 3 }]);
    // Half- and quarter-hour zones are exact too.
    expect(timeBuckets([at("2026-12-02T18:15:00Z")], "Asia/Kathmandu")).toEqual([{ start: "2026-12-03", days: 1, n: 1 }]);
    expect(timeBuckets([at("2026-12-02T18:00:00Z")], "Asia/Kathmandu")).toEqual([{ start: "2026-12-02", days: 1, n: 1 }]);
  });

  it("fills days without confirmations with zeros, so the axis is a time axis", () => {
    expect(timeBuckets([at("2026-12-01T10:00:00Z", 2), at("2026-12-04T10:00:00Z", 5), at("2026-12-04T11:00:00Z")], "UTC")).toEqual([
      { start: "2026-12-01", days: 1, n: 2 },
      { start: "2026-12-02", days: 1, n: 0 },
      { start: "2026-12-03", days: 1, n: 0 },
      { start: "2026-12-04", days: 1, n: 6 },
    ]);
  });

  it("folds a span of more than 90 days into weeks, losing nothing", () => {
    const buckets = timeBuckets([at("2026-01-01T10:00:00Z", 4), at("2026-06-01T10:00:00Z", 6)], "UTC");
    expect(buckets.every((b) => b.days === 7)).toBe(true);
    expect(buckets.reduce((s, b) => s + b.n, 0)).toBe(10);
    expect(buckets[0]).toEqual({ start: "2026-01-01", days: 7, n: 4 });
  });

  it("is empty without data", () => expect(timeBuckets([], "UTC")).toEqual([]));
});

describe("axis ticks", () => {
  it.each([
    [0, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [95, [0, 50, 100]],
    [1234, [0, 500, 1000, 1500]],
  ])("max %i → %j", (max, ticks) => expect(niceTicks(max)).toEqual(ticks));
});
