import { describe, expect, test } from "vitest";
import { type SearchOption, filterOptions, normalizeForSearch } from "./filter-options";

const place = (label: string, country: string): SearchOption => ({ value: label, label, keywords: [country] });
const PLACES = [
  place("Banff", "Canada"),
  place("Cape Town", "South Africa"),
  place("El Chaltén", "Argentina"),
  place("Faro", "Portugal"),
  place("Kyoto", "Japan"),
  place("Lisbon", "Portugal"),
  place("Reykjavík", "Iceland"),
];
const labels = (typed: string, options = PLACES) => filterOptions(options, typed).map((o) => o.label);

describe("normalizeForSearch", () => {
  test.each([
    ["El Chaltén", "el chalten"],
    ["  REYKJAVÍK  ", "reykjavik"],
    ["America/New_York", "america/new york"],
    ["São   Miguel", "sao miguel"],
    ["Ærø", "ærø"], // letters that are not a base letter plus an accent stay as they are
  ])("%j → %j", (input, expected) => expect(normalizeForSearch(input)).toBe(expected));
});

describe("filterOptions", () => {
  test("case and accents do not matter, either way round", () => {
    expect(labels("chalten")).toEqual(["El Chaltén"]);
    expect(labels("CHALTÉN")).toEqual(["El Chaltén"]);
    expect(labels("reykjavik")).toEqual(["Reykjavík"]);
    expect(labels("LIS")).toEqual(["Lisbon"]);
  });

  test("the text may sit anywhere in the label, not only at its start", () => {
    expect(labels("town")).toEqual(["Cape Town"]);
    expect(labels("yot")).toEqual(["Kyoto"]);
    expect(labels("xyz")).toEqual([]);
  });

  test("blank text lists everything in the given order", () => {
    expect(labels("")).toEqual(PLACES.map((p) => p.label));
    expect(labels("   ")).toHaveLength(PLACES.length);
  });

  test("label start, then word start, then inside the label, then a keyword; ties keep their order", () => {
    const options = [
      place("Porto", "Portugal"),
      place("Funchal", "Portugal"),
      place("Newport", "United States"),
      place("Port Louis", "Mauritius"),
      place("Puerto Montt", "Chile"),
    ];
    // Porto starts with it; "Port Louis" too; Newport has it inside; Funchal only through its country
    expect(labels("port", options)).toEqual(["Porto", "Port Louis", "Newport", "Funchal"]);
    expect(labels("louis", options)).toEqual(["Port Louis"]);
    expect(labels("portugal", options)).toEqual(["Porto", "Funchal"]);
  });

  test("a word after a slash counts as a word start; underscores are spaces", () => {
    const zones = ["America/Argentina/Buenos_Aires", "America/New_York", "Europe/Lisbon", "Pacific/Guam"].map(
      (z): SearchOption => ({ value: z, label: z }),
    );
    expect(labels("new york", zones)).toEqual(["America/New_York"]);
    expect(labels("buenos aires", zones)).toEqual(["America/Argentina/Buenos_Aires"]);
    // both America zones start with it; Guam only has it inside a word, so it comes last
    expect(labels("am", zones)).toEqual(["America/Argentina/Buenos_Aires", "America/New_York", "Pacific/Guam"]);
    expect(labels("lisbon", zones)).toEqual(["Europe/Lisbon"]);
  });
});
