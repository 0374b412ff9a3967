import { expect, test } from "vitest";
import { contentFormValues, itineraryToText, textToLanguages, textToList } from "./content-text";
import { readItinerary } from "./itinerary-lines";

test("itinerary text round-trips through the form, keeping days that are not consecutive", () => {
  const days = [
    { day: 1, title: "Arrival", description: "Harbour" },
    { day: 3, title: "Hike", description: "" },
  ];
  expect(itineraryToText(days)).toBe("Arrival — Harbour\nDay 3: Hike");
  expect(readItinerary(itineraryToText(days), 3)).toEqual({ days, errors: [] });
});

test("lists and languages", () => {
  expect(textToList("Guide\r\n\r\n Breakfasts ")).toEqual(["Guide", "Breakfasts"]);
  expect(textToLanguages("en, PT ,es")).toEqual(["en", "PT", "es"]);
  expect(textToLanguages("")).toEqual([]);
});

test("the stored content as the form's fields", () => {
  expect(
    contentFormValues({
      itinerary: [{ day: 1, title: "Arrival", description: "" }],
      meetingPoint: null,
      included: ["Guide", "Boat"],
      notIncluded: [],
      maxGroupSize: null,
      languages: ["en", "ja"],
    }),
  ).toEqual({
    itinerary: "Arrival",
    meetingPoint: "",
    included: "Guide\nBoat",
    notIncluded: "",
    maxGroupSize: "",
    languages: "en, ja",
  });
});
