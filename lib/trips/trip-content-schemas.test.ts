import { describe, expect, test } from "vitest";
import { CreateTripInput, UpdateTripInput } from "./schemas";
import { fieldErrors, minimalTrip } from "./schemas-test-fixture";

const trip = minimalTrip;

describe("trip content fields", () => {
  test("default to empty lists and no meeting point or group size", () => {
    expect(CreateTripInput.parse(trip)).toMatchObject({
      itinerary: [],
      meetingPoint: null,
      included: [],
      notIncluded: [],
      maxGroupSize: null,
      languages: [],
    });
  });

  test("normalise: itinerary sorted by day, languages lower-cased and deduplicated, blank meeting point is none", () => {
    const parsed = CreateTripInput.parse({
      ...trip,
      itinerary: [
        { day: 2, title: " Vineyards ", description: "Quinta tastings" },
        { day: 1, title: "Porto" },
      ],
      languages: ["EN", " pt", "en"],
      meetingPoint: "   ",
      included: [" Guide "],
    });
    expect(parsed.itinerary).toEqual([
      { day: 1, title: "Porto", description: "" },
      { day: 2, title: "Vineyards", description: "Quinta tastings" },
    ]);
    expect(parsed.languages).toEqual(["en", "pt"]);
    expect(parsed.meetingPoint).toBeNull();
    expect(parsed.included).toEqual(["Guide"]);
  });

  test.each([
    [{ itinerary: [{ day: 0, title: "Zero" }] }, ["itinerary"]],
    [{ itinerary: [{ day: 1.5, title: "Half" }] }, ["itinerary"]],
    [{ itinerary: [{ day: 1, title: "" }] }, ["itinerary"]],
    [{ itinerary: [{ day: 1, title: "x".repeat(121) }] }, ["itinerary"]],
    [{ itinerary: [{ day: 1, title: "A", extra: 1 }] }, ["itinerary"]],
    [
      {
        itinerary: [
          { day: 1, title: "A" },
          { day: 1, title: "B" },
        ],
      },
      ["itinerary"],
    ],
    [{ itinerary: [{ day: 4, title: "Beyond the 3 days" }] }, ["itinerary"]],
    [{ itinerary: { day: 1, title: "Not a list" } }, ["itinerary"]],
    [{ meetingPoint: "x".repeat(301) }, ["meetingPoint"]],
    [{ included: [""] }, ["included"]],
    [{ notIncluded: ["x".repeat(201)] }, ["notIncluded"]],
    [{ included: Array.from({ length: 31 }, (_, i) => `Item ${i}`) }, ["included"]],
    [{ maxGroupSize: 0 }, ["maxGroupSize"]],
    [{ maxGroupSize: 2.5 }, ["maxGroupSize"]],
    [{ maxGroupSize: "12" }, ["maxGroupSize"]],
    [{ languages: ["english"] }, ["languages"]],
    [{ languages: ["xx"] }, ["languages"]],
    [{ languages: "en" }, ["languages"]],
  ])("refuses %j", (extra, fields) => {
    expect(fieldErrors(CreateTripInput.safeParse({ ...trip, ...extra }))).toEqual(fields);
  });

  test("update: fields are optional, null clears the meeting point and group size", () => {
    expect(UpdateTripInput.parse({})).toEqual({});
    expect(UpdateTripInput.parse({ meetingPoint: null, maxGroupSize: null })).toEqual({
      meetingPoint: null,
      maxGroupSize: null,
    });
    // without durationDays the itinerary is checked against the stored trip by updateTrip
    expect(UpdateTripInput.safeParse({ itinerary: [{ day: 9, title: "Late" }] }).success).toBe(true);
    expect(fieldErrors(UpdateTripInput.safeParse({ durationDays: 2, itinerary: [{ day: 3, title: "X" }] }))).toEqual([
      "itinerary",
    ]);
  });
});
