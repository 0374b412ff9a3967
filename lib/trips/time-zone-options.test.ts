import { describe, expect, test } from "vitest";
import { filterOptions } from "../text/filter-options";
import { timeZoneOptions, utcOffsetLabel } from "./time-zone-options";

const WINTER = new Date("2030-01-15T12:00:00Z");
const SUMMER = new Date("2030-07-15T12:00:00Z");

describe("utcOffsetLabel", () => {
  test.each([
    ["Europe/Lisbon", WINTER, "UTC+00:00"],
    ["Europe/Lisbon", SUMMER, "UTC+01:00"],
    ["Asia/Tokyo", SUMMER, "UTC+09:00"],
    ["Asia/Kolkata", WINTER, "UTC+05:30"],
    ["America/New_York", WINTER, "UTC-05:00"],
    ["America/St_Johns", WINTER, "UTC-03:30"],
    ["UTC", SUMMER, "UTC+00:00"],
  ])("%s at %s is %s", (zone, at, expected) => expect(utcOffsetLabel(zone, at)).toBe(expected));
});

describe("timeZoneOptions", () => {
  test("submits the IANA name, shows it with its offset, and is found by either", () => {
    const options = timeZoneOptions(["America/New_York", "Asia/Tokyo", "Europe/Lisbon"], SUMMER);
    expect(options[1]).toEqual({
      value: "Asia/Tokyo",
      label: "Asia/Tokyo",
      detail: "UTC+09:00",
      keywords: ["UTC+09:00", "UTC+9"],
    });
    const keywords = (zone: string) => timeZoneOptions([zone], WINTER).find((o) => o.value === zone)?.keywords;
    expect(keywords("Asia/Kolkata")).toEqual(["UTC+05:30", "UTC+5:30"]);
    expect(keywords("America/St_Johns")).toEqual(["UTC-03:30", "UTC-3:30"]);
    expect(keywords("UTC")).toEqual(["UTC+00:00", "UTC+0"]);
    expect(filterOptions(options, "tokyo").map((o) => o.value)).toEqual(["Asia/Tokyo"]);
    expect(filterOptions(options, "utc+01").map((o) => o.value)).toEqual(["Europe/Lisbon"]);
    expect(filterOptions(options, "new york").map((o) => o.value)).toEqual(["America/New_York"]);
    expect(filterOptions(options, "utc+9").map((o) => o.value)).toEqual(["Asia/Tokyo"]);
    expect(filterOptions(options, "UTC-4").map((o) => o.value)).toEqual(["America/New_York"]);
  });

  test("every zone this runtime knows gets an offset label, and each is one Intl accepts", () => {
    const options = timeZoneOptions(Intl.supportedValuesOf("timeZone"), WINTER);
    expect(options.length).toBeGreaterThan(300);
    for (const o of options) {
      expect(o.detail, o.value).toMatch(/^UTC[+-]\d{2}:\d{2}$/);
      expect(() => new Intl.DateTimeFormat("en-US", { timeZone: o.value }), o.value).not.toThrow();
    }
    const values = options.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toEqual([...values].sort());
  });

  test("renamed zones are offered by today's name and found by the old one; UTC is there", () => {
    // Intl (ICU) lists the old CLDR names; the seed and vendors use today's IANA names
    const options = timeZoneOptions(["Asia/Calcutta", "Asia/Saigon", "Europe/Kiev", "Europe/Lisbon"], WINTER);
    expect(options.map((o) => o.value)).toEqual([
      "Asia/Ho_Chi_Minh",
      "Asia/Kolkata",
      "Europe/Kyiv",
      "Europe/Lisbon",
      "UTC",
    ]);
    expect(filterOptions(options, "calcutta").map((o) => o.value)).toEqual(["Asia/Kolkata"]);
    expect(filterOptions(options, "kolkata").map((o) => o.value)).toEqual(["Asia/Kolkata"]);
    expect(filterOptions(options, "kiev").map((o) => o.value)).toEqual(["Europe/Kyiv"]);
    // a runtime that already lists today's name gets it once
    expect(timeZoneOptions(["Asia/Calcutta", "Asia/Kolkata", "UTC"], WINTER).map((o) => o.value)).toEqual([
      "Asia/Kolkata",
      "UTC",
    ]);
  });

  test("the seeded cities' zones are all offered, so the form's default is one of the options", async () => {
    const { DESTINATIONS } = await import("@/prisma/seed-data");
    const values = new Set(timeZoneOptions(Intl.supportedValuesOf("timeZone"), WINTER).map((o) => o.value));
    for (const d of DESTINATIONS) expect(values.has(d.timeZone), d.timeZone).toBe(true);
  });
});
