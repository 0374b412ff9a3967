import { z } from "zod";
import { text } from "../api/fields";
import { PageQuery } from "../pagination";
import { CURRENCY_CODES } from "../money/currencies";

export const UpdateVendorInput = z.strictObject({
  displayName: text({ error: "displayName must be text" })
    .trim()
    .min(2, "Enter at least 2 characters")
    .max(100, "At most 100 characters")
    .optional(),
  bio: text({ error: "bio must be text" }).trim().max(2000, "At most 2000 characters").nullable().optional(),
  payoutSchedule: z.enum(["weekly", "monthly"], { error: "payoutSchedule is weekly or monthly" }).optional(),
});
export type UpdateVendorInput = z.infer<typeof UpdateVendorInput>;

const Currency = z.enum(CURRENCY_CODES, {
  error: `currency is a lower-case ISO 4217 code the platform accepts: ${CURRENCY_CODES.join(", ")}`,
});

export const EarningsQuery = z.object({ currency: Currency.default("usd") });
export const PayoutsQuery = PageQuery.extend({ status: z.enum(["pending", "paid", "failed"]).optional() });
export type PayoutsQuery = z.infer<typeof PayoutsQuery>;
export const PayVendorInput = z.strictObject({ currency: Currency.optional() });

/** `yyyy-mm`, a real month between 2000 and 2100 */
export const StatementMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month is yyyy-mm, e.g. 2026-10")
  .refine((m) => m >= "2000-01" && m <= "2100-12", "month is between 2000-01 and 2100-12");
