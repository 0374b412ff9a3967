import { z } from "zod";

// Field schemas of the response DTOs: one place says how the API writes a time or an amount.

/** An instant as ISO 8601 in UTC (`Date.prototype.toISOString()`). */
export const IsoDateTime = z.iso
  .datetime({ offset: false })
  .describe("ISO 8601 instant in UTC, e.g. 2027-06-01T08:30:00.000Z");
export const NullableDateTime = IsoDateTime.nullable();

/** Money is always an integer number of minor units (cents) with a lower-case ISO 4217 currency beside it. */
export const MinorUnits = z.number().int().describe("Amount in minor units (e.g. cents)");
export const CurrencyCode = z.string().describe("Lower-case ISO 4217 code, e.g. usd");

export const RoleName = z.enum(["traveller", "vendor", "admin"]);
export const BookingStatusName = z.enum(["pending", "confirmed", "completed", "cancelled", "expired"]);
export const PolicyName = z.enum(["flexible", "moderate", "strict"]);
