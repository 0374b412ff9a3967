import { z } from "zod";
import { text } from "../api/fields";
import { PageQuery } from "../pagination";
import { MAX_SEATS_PER_BOOKING } from "./limits";

export { HOLD_MINUTES, MAX_SEATS_PER_BOOKING } from "./limits";

export const CreateBookingInput = z.strictObject({
  departureId: text({ error: "departureId is required" }).trim().min(1, "departureId is required").max(64),
  // a JSON number: "2" is refused, not coerced (the booking form converts its field first)
  seats: z
    .number({ error: "seats must be a number" })
    .int("seats must be a whole number")
    .min(1, "Book at least 1 seat")
    .max(MAX_SEATS_PER_BOOKING, `At most ${MAX_SEATS_PER_BOOKING} seats per booking`),
});
export type CreateBookingInput = z.infer<typeof CreateBookingInput>;

export const UpdateBookingInput = z.strictObject({
  contactName: text().trim().max(100).nullish(),
  contactPhone: text()
    .trim()
    .max(32)
    .regex(/^\+?[0-9 ()\-.]{6,}$/, "Enter a valid phone number")
    .or(z.literal(""))
    .nullish(),
  notes: text().trim().max(2000).nullish(),
});
export type UpdateBookingInput = z.infer<typeof UpdateBookingInput>;

export const ListBookingsQuery = PageQuery.extend({
  status: z.enum(["pending", "confirmed", "completed", "cancelled", "expired"]).optional(),
});
export type ListBookingsQuery = z.infer<typeof ListBookingsQuery>;

export const RetryPaymentInput = z.strictObject({
  bookingId: text({ error: "bookingId is required" }).trim().min(1).max(64),
});

export const CancelBookingInput = z.strictObject({ reason: z.string().trim().max(500).optional() });
export const RefundPaymentInput = z.strictObject({
  amount: z
    .number({ error: "amount must be a number of minor units" })
    .int()
    .positive("amount must be positive")
    .optional(),
});
