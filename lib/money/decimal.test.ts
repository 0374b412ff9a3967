import { expect, test } from "vitest";
import { minorToDecimal } from "./decimal";

test.each([
  [0, "usd", "0.00"],
  [5, "usd", "0.05"],
  [123_456, "usd", "1234.56"],
  [-2_269, "usd", "-22.69"],
  [1_000, "jpy", "1000"],
  [-7, "eur", "-0.07"],
])("minorToDecimal(%i, %s) = %s", (amount, currency, expected) => {
  expect(minorToDecimal(amount, currency)).toBe(expected);
});
