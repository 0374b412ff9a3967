import { expect, test } from "vitest";
import { plural } from "./plural";

test.each([
  [0, "seat", undefined, "0 seats"],
  [1, "seat", undefined, "1 seat"],
  [2, "seat", undefined, "2 seats"],
  [1, "day", undefined, "1 day"],
  [14, "day", undefined, "14 days"],
  [1, "person", "people", "1 person"],
  [3, "person", "people", "3 people"],
])("plural(%i, %s, %s) = %s", (count, singular, pluralForm, expected) => {
  expect(plural(count, singular, pluralForm)).toBe(expected);
});
