import { describe, expect, test } from "vitest";
import { editableUntil, isEditable, reviewerName, tripRating } from "./rules";

describe("review rules", () => {
  const written = new Date("2027-03-01T10:00:00Z");

  test.each([
    ["just written", "2027-03-01T10:00:01Z", true],
    ["13 days later", "2027-03-14T10:00:00Z", true],
    ["a millisecond before 14 days", "2027-03-15T09:59:59.999Z", true],
    ["exactly 14 days later", "2027-03-15T10:00:00Z", false],
    ["a month later", "2027-04-01T10:00:00Z", false],
  ])("editable %s: %s", (_, now, expected) => {
    expect(isEditable(written, new Date(now))).toBe(expected);
  });

  test("editable until 14 days after it was written", () => {
    expect(editableUntil(written).toISOString()).toBe("2027-03-15T10:00:00.000Z");
  });

  test.each([
    [0, 0, null],
    [5, 1, 5],
    [9, 2, 4.5],
    [14, 3, 4.7],
    [13, 3, 4.3],
    [7, 3, 2.3],
  ])("sum %i over %i reviews averages %s", (ratingSum, ratingCount, average) => {
    expect(tripRating({ ratingSum, ratingCount })).toEqual({ average, count: ratingCount });
  });

  test.each([
    ["Theo Traveller", "Theo T."],
    ["  maria   de la cruz ", "maria C."],
    ["Cher", "Cher"],
    ["", "A traveller"],
  ])("%j is shown as %j", (name, shown) => {
    expect(reviewerName(name)).toBe(shown);
  });
});
