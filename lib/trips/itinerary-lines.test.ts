import { describe, expect, test } from "vitest";
import { itineraryLineErrors, itineraryLines, readItinerary } from "./itinerary-lines";
import { UpdateTripInput } from "./schemas";

describe("itineraryLines", () => {
  test("one day per line, split at the dash, blank lines skipped but counted", () => {
    expect(itineraryLines("Arrival — Meet at the harbour\n\n  Islands - Boat day  \r\nFarewell – Lunch")).toEqual([
      { line: 1, day: 1, title: "Arrival", description: "Meet at the harbour" },
      { line: 3, day: 2, title: "Islands", description: "Boat day" },
      { line: 4, day: 3, title: "Farewell", description: "Lunch" },
    ]);
  });

  test("“Day n:” sets the day, the next line follows it; a hyphen inside a word is no separator", () => {
    expect(itineraryLines("Day 2: Half-day hike — to the lake\nRest\nday 7. Home")).toEqual([
      { line: 1, day: 2, title: "Half-day hike", description: "to the lake" },
      { line: 2, day: 3, title: "Rest", description: "" },
      { line: 3, day: 7, title: "Home", description: "" },
    ]);
    expect(itineraryLines("")).toEqual([]);
    expect(itineraryLines(undefined)).toEqual([]);
  });
});

describe("readItinerary: each problem names its line", () => {
  const long = (n: number) => "x".repeat(n);
  test.each([
    [
      "a line without a title",
      "Arrival\n— lunch by the river",
      7,
      ["Line 2: write it as “Day 2: Title — description”"],
    ],
    ["a day prefix alone", "Arrival\nLisbon\nDay 3:", 7, ["Line 3: write it as “Day 3: Title — description”"]],
    [
      "a day past the trip's end, blank lines counted",
      "Arrival\n\nDay 9: Late",
      7,
      ["Line 3: day 9 is past the trip's 7 days"],
    ],
    ["a one-day trip", "Arrival\nMore", 1, ["Line 2: day 2 is past the trip's 1 day"]],
    ["a repeated day", "A\nB\nC\nDay 2: Again", 7, ["Line 4: day 2 is already on line 2"]],
    ["day zero", "Day 0: Before", 7, ["Line 1: itinerary days start at 1"]],
    [
      "a title that is too long",
      `Arrival\n${long(130)} — fine`,
      7,
      ["Line 2: the title has 130 characters; keep it to 120 and put the rest after “ — ”"],
    ],
    [
      "a description that is too long",
      `Arrival — ${long(2001)}`,
      7,
      ["Line 1: itinerary descriptions are at most 2000 characters"],
    ],
    [
      "more lines than days allowed",
      Array.from({ length: 61 }, (_, i) => `Day ${i + 1}`).join("\n"),
      365,
      ["At most 60 itinerary days"],
    ],
    [
      "several lines, in line order, one message each",
      "Day 5: Late\n— no title\nDay 5: Late again",
      3,
      [
        "Line 1: day 5 is past the trip's 3 days",
        "Line 2: write it as “Day 6: Title — description”",
        "Line 3: day 5 is already on line 1",
      ],
    ],
  ])("%s", (_, text, durationDays, errors) => {
    expect(readItinerary(text, durationDays).errors).toEqual(errors);
  });

  test("without a usable duration the days are not measured against it", () => {
    expect(readItinerary("Day 40: Far", undefined)).toEqual({
      days: [{ day: 40, title: "Far", description: "" }],
      errors: [],
    });
  });

  test("past six lines the rest are named by number", () => {
    const text = Array.from({ length: 9 }, () => "— no title").join("\n");
    const { errors } = readItinerary(text, 30);
    expect(errors).toHaveLength(7);
    expect(errors[5]).toBe("Line 6: write it as “Day 6: Title — description”");
    expect(errors[6]).toBe("3 more lines to fix: 7, 8, 9");
  });
});

describe("the schema's issues point at the entry as sent, which the form maps to its line", () => {
  test("a day past the end and a repeat are reported at their own index, before the days are sorted", () => {
    const itinerary = [
      { day: 2, title: "Vineyards" },
      { day: 1, title: "Porto" },
      { day: 9, title: "Too late" },
      { day: 2, title: "Again" },
    ];
    const result = UpdateTripInput.safeParse({ durationDays: 3, itinerary });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["itinerary.3.day", "Day 2 appears more than once"],
      ["itinerary.2.day", "Day 9 is past the trip's 3 days"],
    ]);
    const update = UpdateTripInput.safeParse({
      durationDays: 2,
      itinerary: [
        { day: 4, title: "B" },
        { day: 1, title: "A" },
      ],
    });
    expect(update.error?.issues.map((i) => i.path.join("."))).toEqual(["itinerary.0.day"]);
  });

  test("API-shaped issues become line messages through the lines the entries came from", () => {
    const entries = itineraryLines("Porto\n\nVineyards\nDay 9: Too late");
    const days = entries.map(({ day, title, description }) => ({ day, title, description }));
    const result = UpdateTripInput.safeParse({ durationDays: 3, itinerary: days });
    // the API's paths are itinerary.<index>.<field>; without the leading "itinerary" they index the entries
    const issues = (result.error?.issues ?? []).map((i) => ({ ...i, path: i.path.slice(1) }));
    expect(itineraryLineErrors(issues, entries)).toEqual(["Line 4: day 9 is past the trip's 3 days"]);
  });

  test("a valid itinerary is stored in day order", () => {
    const parsed = UpdateTripInput.parse({
      durationDays: 3,
      itinerary: readItinerary("Day 3: Coast\nDay 1: Porto", 3).days,
    });
    expect(parsed.itinerary?.map((d) => d.day)).toEqual([1, 3]);
  });
});
