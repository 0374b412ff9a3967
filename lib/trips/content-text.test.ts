import { expect, test } from "vitest";
import { itineraryToText, textToItinerary, textToLanguages, textToList } from "./content-text";
import { CreateTripInput } from "./schemas";

test("itinerary text: one day per line, titles and descriptions split at the dash, blank lines skipped", () => {
  expect(textToItinerary("Arrival — Meet at the harbour\n\n  Islands - Boat day  \nFarewell")).toEqual([
    { day: 1, title: "Arrival", description: "Meet at the harbour" },
    { day: 2, title: "Islands", description: "Boat day" },
    { day: 3, title: "Farewell", description: "" },
  ]);
  // a hyphen inside a word is not a separator; "Day n:" sets the day
  expect(textToItinerary("Day 2: Half-day hike — to the lake\nRest")).toEqual([
    { day: 2, title: "Half-day hike", description: "to the lake" },
    { day: 3, title: "Rest", description: "" },
  ]);
});

test("itinerary text round-trips, keeping days that are not consecutive", () => {
  const days = [
    { day: 1, title: "Arrival", description: "Harbour" },
    { day: 3, title: "Hike", description: "" },
  ];
  expect(itineraryToText(days)).toBe("Arrival — Harbour\nDay 3: Hike");
  expect(textToItinerary(itineraryToText(days))).toEqual(days);
});

test("lists and languages", () => {
  expect(textToList("Guide\r\n\r\n Breakfasts ")).toEqual(["Guide", "Breakfasts"]);
  expect(textToLanguages("en, PT ,es")).toEqual(["en", "PT", "es"]);
  expect(textToLanguages("")).toEqual([]);
});

test("a day line without a title is refused by the schema", () => {
  const result = CreateTripInput.safeParse({
    title: "Douro wine days",
    description: "Three days among the vineyards of the Douro valley.",
    city: "Porto",
    country: "Portugal",
    pricePerSeat: 15_000,
    durationDays: 3,
    itinerary: textToItinerary("— only a description"),
  });
  expect(result.success).toBe(false);
});
