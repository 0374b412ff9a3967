import { expect, test } from "vitest";
import { formatDateTime, formatMoney } from "./format";

test.each([
  [42000, "usd", "$420"],
  [42050, "usd", "$420.50"],
  [5, "usd", "$0.05"],
  [1500, "jpy", "¥1,500"],
])("formatMoney(%i, %s) → %s", (amount, currency, expected) => {
  expect(formatMoney(amount, currency)).toBe(expected);
});

test("dates are shown in the departure's own time zone", () => {
  const instant = new Date("2026-12-01T23:30:00Z");
  expect(formatDateTime(instant, "Asia/Tokyo")).toContain("Dec 2, 2026");
  expect(formatDateTime(instant, "America/Lima")).toContain("Dec 1, 2026");
});
