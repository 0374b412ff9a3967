import { describe, expect, test } from "vitest";
import { departureLastDay, formatDepartureDates } from "./departure-dates";

describe("departure dates", () => {
  test.each([
    // 09:00 in Tokyo on Jun 1 is still May 31 in UTC: the days are counted in Tokyo
    ["2027-06-01T00:00:00Z", 3, "Asia/Tokyo", "Jun 1 – 3, 2027"],
    ["2027-06-01T09:30:00Z", 1, "Europe/Lisbon", "Jun 1, 2027"],
    ["2027-05-30T08:00:00Z", 4, "Europe/Lisbon", "May 30 – Jun 2, 2027"],
    ["2027-12-30T20:00:00Z", 3, "America/New_York", "Dec 30, 2027 – Jan 1, 2028"],
    // 23:30 local the evening before the clocks go forward (Lisbon, Mar 28 2027)
    ["2027-03-27T23:30:00Z", 2, "Europe/Lisbon", "Mar 27 – 28, 2027"],
  ])("%s for %i days in %s → %s", (start, days, zone, expected) => {
    // Intl puts thin spaces around the dash
    expect(formatDepartureDates(new Date(start), days, zone).replace(/\u2009/g, " ")).toBe(expected);
  });

  test("the last day keeps the start's local time of day across a daylight-saving change", () => {
    // 10:00 in Lisbon on Mar 27 (UTC+0) → 10:00 on Mar 29 (UTC+1 after the change)
    expect(departureLastDay(new Date("2027-03-27T10:00:00Z"), 3, "Europe/Lisbon").toISOString()).toBe(
      "2027-03-29T09:00:00.000Z",
    );
  });
});
