import { describe, expect, test } from "vitest";
import { refundAmount, refundPercent } from "./cancellation-policy";

const H = 3_600_000;
const D = 24 * H;

describe("refundPercent at every boundary (UTC departure)", () => {
  const start = new Date("2027-03-20T08:00:00Z");
  const at = (ms: number) => new Date(start.getTime() - ms);
  test.each([
    ["flexible", 8 * D, 100],
    ["flexible", D, 100],
    ["flexible", D - 1000, 0],
    ["flexible", H, 0],
    ["moderate", 30 * D, 100],
    ["moderate", 7 * D, 100],
    ["moderate", 7 * D - 1000, 50],
    ["moderate", 3 * D, 50],
    ["moderate", D, 50],
    ["moderate", D - 1000, 0],
    ["strict", 30 * D, 50],
    ["strict", 14 * D, 50],
    ["strict", 14 * D - 1000, 0],
    ["strict", 2 * D, 0],
  ] as const)("%s, %i ms before start → %i %%", (policy, before, expected) => {
    expect(refundPercent(policy, start, "UTC", at(before), "traveller")).toBe(expected);
  });

  test.each(["vendor", "admin", "system"] as const)("cancelled by %s: always 100 %%", (by) => {
    expect(refundPercent("strict", start, "UTC", new Date(start.getTime() - H), by)).toBe(100);
    expect(refundPercent("moderate", start, "UTC", new Date(start.getTime() + H), by)).toBe(100);
  });
});

describe("boundaries follow the departure's wall clock across a daylight-saving change", () => {
  // Lisbon moves to summer time on 2027-03-28 at 01:00 UTC: a 2027-04-01 08:00 local start is 07:00 UTC,
  // and "7 days before" is 2027-03-25 08:00 local = 08:00 UTC, i.e. 169 real hours earlier, not 168.
  const start = new Date("2027-04-01T07:00:00Z");
  test.each([
    ["2027-03-25T08:00:00Z", 100],
    ["2027-03-25T08:00:01Z", 50],
    ["2027-03-25T07:00:00Z", 100],
  ])("moderate, cancelled at %s → %i %%", (now, expected) => {
    expect(refundPercent("moderate", start, "Europe/Lisbon", new Date(now), "traveller")).toBe(expected);
  });
  // New York moves to winter time on 2027-11-07: a 2027-11-20 09:00 local start (14:00 UTC) has its 14-day
  // boundary at 2027-11-06 09:00 local = 13:00 UTC (summer time then), 337 real hours before.
  test.each([
    ["2027-11-06T13:00:00Z", 50],
    ["2027-11-06T13:00:01Z", 0],
  ])("strict in New York, cancelled at %s → %i %%", (now, expected) => {
    expect(
      refundPercent("strict", new Date("2027-11-20T14:00:00Z"), "America/New_York", new Date(now), "traveller"),
    ).toBe(expected);
  });
  test("24 h before across the change is one local day, 23 real hours", () => {
    // Lisbon 2027-03-28 10:00 local (09:00 UTC); one local day earlier is 2027-03-27 10:00 local = 10:00 UTC
    const s = new Date("2027-03-28T09:00:00Z");
    expect(refundPercent("flexible", s, "Europe/Lisbon", new Date("2027-03-27T10:00:00Z"), "traveller")).toBe(100);
    expect(refundPercent("flexible", s, "Europe/Lisbon", new Date("2027-03-27T10:00:01Z"), "traveller")).toBe(0);
  });
});

describe("refundAmount", () => {
  test.each([
    [10_000, 0, 100, 10_000],
    [10_000, 0, 50, 5_000],
    [10_001, 0, 50, 5_000],
    [10_000, 3_000, 100, 7_000],
    [10_000, 8_000, 50, 2_000],
    [10_000, 10_000, 100, 0],
    [1, 0, 50, 0],
    [0, 0, 100, 0],
  ])("paid %i, refunded %i, %i %% → %i", (paid, refunded, percent, expected) => {
    expect(refundAmount(paid, refunded, percent)).toBe(expected);
  });
});
