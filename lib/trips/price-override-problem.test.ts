import { describe, expect, test } from "vitest";
import { priceOverrideProblem } from "./price-override-problem";

describe("priceOverrideProblem", () => {
  test("too small or too large is said in the currency, never in minor units", () => {
    expect(priceOverrideProblem(10, "usd")).toBe(
      "Enter at least $0.50, the smallest amount that can be charged in USD",
    );
    expect(priceOverrideProblem(10, "jpy")).toBe("Enter at least ¥50, the smallest amount that can be charged in JPY");
    expect(priceOverrideProblem(100_000_000, "usd")).toBe("Enter at most $999,999.99");
  });

  test("a chargeable amount has no problem", () => {
    expect(priceOverrideProblem(50, "usd")).toBeNull();
    expect(priceOverrideProblem(99_999_999, "usd")).toBeNull();
  });
});
