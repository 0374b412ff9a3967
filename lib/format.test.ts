import { expect, test } from "vitest";
import { bookableSeats } from "./bookings/limits";
import { formatDateTime, formatMoney, seatTotals } from "./format";

test.each([
  [42000, "usd", "$420"],
  [42050, "usd", "$420.50"],
  [5, "usd", "$0.05"],
  [1500, "jpy", "¥1,500"],
  [12345, "eur", "€123.45"],
  [150000, "usd", "$1,500"],
])("formatMoney(%i, %s) → %s", (amount, currency, expected) => {
  expect(formatMoney(amount, currency)).toBe(expected);
});

test("dates are shown in the departure's own time zone", () => {
  const instant = new Date("2026-12-01T23:30:00Z");
  expect(formatDateTime(instant, "Asia/Tokyo")).toContain("Dec 2, 2026");
  expect(formatDateTime(instant, "America/Lima")).toContain("Dec 1, 2026");
});

test("a booking form's totals: the price of 1 … n seats, decimals only where there are cents", () => {
  expect(seatTotals(12_050, "usd", 3)).toEqual(["$120.50", "$241", "$361.50"]);
  expect(seatTotals(1500, "jpy", 2)).toEqual(["¥1,500", "¥3,000"]);
  // the form offers 1 up to the per-booking limit or the seats left, and always at least one row
  expect(bookableSeats(3)).toBe(3);
  expect(bookableSeats(50)).toBe(20);
  expect(bookableSeats(0)).toBe(1);
  expect(bookableSeats(7, 5)).toBe(5);
});
