import { describe, expect, test } from "vitest";
import { isoDate, parseIsoParts } from "./dates";

describe("isoDate", () => {
  test.each([
    ["2027-02-28", "2027-02-28T00:00:00.000Z"],
    ["2028-02-29", "2028-02-29T00:00:00.000Z"],
    ["2027-06-01T08:30", "2027-06-01T08:30:00.000Z"],
    ["2027-06-01T08:30:15.5Z", "2027-06-01T08:30:15.500Z"],
    ["2027-06-01T08:30:00+02:00", "2027-06-01T06:30:00.000Z"],
    ["2027-06-01T08:30:00-05:30", "2027-06-01T14:00:00.000Z"],
    ["1970-01-01", "1970-01-01T00:00:00.000Z"],
    ["2100-12-31T23:59:59Z", "2100-12-31T23:59:59.000Z"],
    [" 2027-01-05 ", "2027-01-05T00:00:00.000Z"],
  ])("%s → %s", (text, iso) => {
    expect(isoDate().parse(text).toISOString()).toBe(iso);
  });

  // each of these is accepted by Date.parse (and some by `new Date`), rolled over or read as something else
  test.each([
    "2027-02-30",
    "2027-02-29",
    "2027-04-31",
    "2027-13-01",
    "2027-00-10",
    "2027-01-00",
    "2027-01-01T25:00",
    "2027-01-01T24:00",
    "2027-01-01T23:60",
    "2027-01-01T23:59:60Z",
    "2027-01-01T10:00+15:00",
    "2027-01-01T10:00+01:60",
    "1969-12-31",
    "2101-01-01",
    "0000-01-01",
    "March 7, 2027",
    "2027",
    "2027-1-5",
    "20270105",
    "2027-01-05T10",
    "2027-01-05 10:00",
    "2027-01-05T10:00:00.1234Z",
    "",
    "12abc",
  ])("%j is refused", (text) => {
    expect(isoDate().safeParse(text).success).toBe(false);
  });

  test("the year range can be narrowed", () => {
    expect(isoDate({ minYear: 2000 }).safeParse("1999-12-31").success).toBe(false);
    expect(isoDate({ minYear: 2000 }).safeParse("2000-01-01").success).toBe(true);
  });

  test("parts keep whether a time and an offset were given", () => {
    expect(parseIsoParts("2027-06-01")).toMatchObject({ hasTime: false, offsetMinutes: undefined });
    expect(parseIsoParts("2027-06-01T09:30")).toMatchObject({
      hasTime: true,
      hour: 9,
      minute: 30,
      offsetMinutes: undefined,
    });
    expect(parseIsoParts("2027-06-01T09:30Z")).toMatchObject({ offsetMinutes: 0 });
  });
});
