import { describe, expect, test } from "vitest";
import { monthRange, payoutPeriod } from "./rules";

describe("payoutPeriod", () => {
  test.each([
    // a scheduled weekly run, Monday 02:00 UTC: the week before, Monday 00:00 to Sunday 23:59:59.999
    ["weekly", "2026-11-23T02:00:00Z", "2026-11-16T00:00:00.000Z", "2026-11-22T23:59:59.999Z"],
    // any day of the week pays the last week that has fully ended
    ["weekly", "2026-11-22T23:59:59Z", "2026-11-09T00:00:00.000Z", "2026-11-15T23:59:59.999Z"],
    ["weekly", "2026-11-26T12:00:00Z", "2026-11-16T00:00:00.000Z", "2026-11-22T23:59:59.999Z"],
    // across a year boundary
    ["weekly", "2027-01-04T02:00:00Z", "2026-12-28T00:00:00.000Z", "2027-01-03T23:59:59.999Z"],
    // monthly: the previous calendar month, leap years included
    ["monthly", "2026-12-01T02:00:00Z", "2026-11-01T00:00:00.000Z", "2026-11-30T23:59:59.999Z"],
    ["monthly", "2028-03-01T02:00:00Z", "2028-02-01T00:00:00.000Z", "2028-02-29T23:59:59.999Z"],
    ["monthly", "2027-01-01T02:00:00Z", "2026-12-01T00:00:00.000Z", "2026-12-31T23:59:59.999Z"],
    ["monthly", "2026-11-17T09:30:00Z", "2026-10-01T00:00:00.000Z", "2026-10-31T23:59:59.999Z"],
  ] as const)("%s run at %s covers %s – %s", (schedule, runAt, start, end) => {
    const period = payoutPeriod(schedule, new Date(runAt));
    expect(period.start.toISOString()).toBe(start);
    expect(period.end.toISOString()).toBe(end);
  });
});

test.each([
  ["2026-02", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"],
  ["2026-12", "2026-12-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
])("monthRange(%s)", (month, start, end) => {
  const r = monthRange(month);
  expect([r.start.toISOString(), r.end.toISOString()]).toEqual([start, end]);
});
