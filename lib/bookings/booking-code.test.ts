import { describe, expect, test } from "vitest";
import { BOOKING_CODE_ALPHABET, isBookingCode, newBookingCode, parseBookingCode } from "./booking-code";

describe("booking codes", () => {
  test("TRV- and six characters that cannot be misread", () => {
    expect(BOOKING_CODE_ALPHABET).toHaveLength(31);
    expect(BOOKING_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const codes = Array.from({ length: 5000 }, newBookingCode);
    for (const code of codes) {
      expect(code).toMatch(/^TRV-[2-9A-HJKMNP-Z]{6}$/);
      expect(isBookingCode(code)).toBe(true);
    }
    // random, not a counter: 5,000 draws from 887 million almost never repeat, and every character shows up
    expect(new Set(codes).size).toBeGreaterThan(4995);
    expect(new Set(codes.join("").slice(4).replace(/TRV-/g, ""))).toEqual(new Set(BOOKING_CODE_ALPHABET));
  });

  test.each([
    ["TRV-7K3M9Q", "TRV-7K3M9Q"],
    ["trv-7k3m9q", "TRV-7K3M9Q"],
    ["  TRV-7K3M9Q ", "TRV-7K3M9Q"],
    ["7k3m9q", "TRV-7K3M9Q"],
    ["TRV 7K3M9Q", "TRV-7K3M9Q"],
    ["TRV7K3M9Q", "TRV-7K3M9Q"],
    ["TRVABC", "TRV-TRVABC"],
    ["TRV-7K3M9", null],
    ["TRV-7K3M9QX", null],
    ["TRV-0K3M9Q", null],
    ["TRV-IK3M9Q", null],
    ["ana@example.com", null],
    ["", null],
  ])("parseBookingCode(%j) → %j", (input, expected) => {
    expect(parseBookingCode(input)).toBe(expected);
  });
});
