import { describe, expect, test } from "vitest";
import { AppError } from "../errors";
import { CURRENCIES, CURRENCY_CODES, assertChargeable, belowMinimumMessage, minimumCharge } from "./currencies";
import { minorDigits, minorToDecimal } from "./decimal";

describe("Stripe minimum charges", () => {
  test.each([
    ["usd", 50],
    ["eur", 50],
    ["gbp", 30],
    ["cad", 50],
    ["aud", 50],
    ["chf", 50],
    ["jpy", 50],
    ["sek", 300],
    ["czk", 1500],
  ])("%s: %i minor units", (currency, min) => {
    expect(minimumCharge(currency)).toBe(min);
    expect(belowMinimumMessage(min, currency)).toBeNull();
    expect(belowMinimumMessage(min - 1, currency)).toMatch(/must be at least/);
  });

  test.each([
    [49, "usd", "must be at least 0.50 USD (50 minor units), the smallest amount Stripe can charge in USD"],
    [29, "gbp", "must be at least 0.30 GBP (30 minor units), the smallest amount Stripe can charge in GBP"],
    [49, "jpy", "must be at least 50 JPY (50 minor units), the smallest amount Stripe can charge in JPY"],
    [0, "eur", "must be at least 0.50 EUR (50 minor units), the smallest amount Stripe can charge in EUR"],
    [10_000, "xyz", "xyz is not a currency the platform accepts"],
  ])("%i %s: %s", (amount, currency, message) => {
    expect(belowMinimumMessage(amount, currency)).toBe(message);
  });

  test("assertChargeable is a 422 naming the field", () => {
    expect(() => assertChargeable(10, "usd", "priceOverride")).toThrow(AppError);
    try {
      assertChargeable(10, "usd", "priceOverride");
    } catch (e) {
      expect(e).toMatchObject({
        status: 422,
        code: "validation_failed",
        details: { fieldErrors: { priceOverride: [expect.stringMatching(/0\.50 USD/)] } },
      });
    }
    expect(() => assertChargeable(50, "usd", "priceOverride")).not.toThrow();
  });

  test("an unsupported currency has no minimum", () => {
    expect(() => minimumCharge("xyz")).toThrow(RangeError);
  });
});

describe("minor-unit exponents", () => {
  // the table and the decimal formatting agree with Intl (what the pages display) for every accepted currency
  test.each(CURRENCY_CODES)("%s", (currency) => {
    const intl = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: currency.toUpperCase(),
    }).resolvedOptions().maximumFractionDigits;
    expect(CURRENCIES[currency].exponent).toBe(intl);
    expect(minorDigits(currency)).toBe(CURRENCIES[currency].exponent);
  });

  test("a zero-decimal currency is stored in whole units", () => {
    expect(minorToDecimal(50, "jpy")).toBe("50");
    expect(minorToDecimal(50, "usd")).toBe("0.50");
  });
});
