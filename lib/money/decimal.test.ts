import { describe, expect, test } from "vitest";
import { amountExamples, decimalToMinor, minorToDecimal, minorToInput } from "./decimal";

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

describe("decimalToMinor: what a person types → minor units of the currency", () => {
  test.each([
    ["420", "usd", 42_000],
    ["420.5", "usd", 42_050],
    ["420.50", "usd", 42_050],
    [" 25.50 ", "sek", 2_550],
    ["0.29", "usd", 29],
    ["1.005", "usd", null],
    ["19.99", "eur", 1_999],
    ["0", "usd", 0],
    ["5000", "jpy", 5_000],
    ["5000.00", "jpy", 5_000],
    ["5000.5", "jpy", null],
    ["420.500", "usd", 42_050],
    ["", "usd", null],
    ["abc", "usd", null],
    ["-5", "usd", null],
    ["1e3", "usd", null],
    ["1,000", "usd", null],
    [".5", "usd", null],
    ["5.", "usd", null],
    ["0x10", "usd", null],
    ["999999999999", "usd", 99_999_999_999_900],
    ["9999999999999", "usd", null],
  ])("%j %s → %s", (input, currency, expected) => {
    expect(decimalToMinor(input, currency)).toBe(expected);
  });

  test.each([
    [42_000, "usd"],
    [42_050, "usd"],
    [29, "usd"],
    [5_000, "jpy"],
    [0, "gbp"],
  ])("a field prefilled with %i %s reads back as the same amount", (amount, currency) => {
    expect(decimalToMinor(minorToInput(amount, currency), currency)).toBe(amount);
  });

  test.each([
    [42_000, "usd", "420"],
    [42_050, "usd", "420.50"],
    [5_000, "jpy", "5000"],
  ])("minorToInput(%i, %s) = %s", (amount, currency, expected) => {
    expect(minorToInput(amount, currency)).toBe(expected);
  });

  test("examples follow the currency's minor digits", () => {
    expect(amountExamples(420, "usd")).toBe("420 or 420.50");
    expect(amountExamples(5000, "jpy")).toBe("5000");
  });
});
