import { z } from "zod";
import { PageQuery } from "../api/pagination";

export const MAX_SEATS_PER_BOOKING = 20;
export const HOLD_MINUTES = 15;

export const CreateBookingInput = z.strictObject({
  departureId: z.string({ error: "departureId is required" }).trim().min(1, "departureId is required").max(64),
  seats: z.coerce
    .number({ error: "seats must be a number" })
    .int("seats must be a whole number")
    .min(1, "Book at least 1 seat")
    .max(MAX_SEATS_PER_BOOKING, `At most ${MAX_SEATS_PER_BOOKING} seats per booking`),
});
export type CreateBookingInput = z.infer<typeof CreateBookingInput>;

export const UpdateBookingInput = z.strictObject({
  contactName: z.string().trim().max(100).nullish(),
  contactPhone: z.string().trim().max(32).regex(/^\+?[0-9 ()\-.]{6,}$/, "Enter a valid phone number").or(z.literal("")).nullish(),
  notes: z.string().trim().max(2000).nullish(),
});
export type UpdateBookingInput = z.infer<typeof UpdateBookingInput>;

export const ListBookingsQuery = PageQuery.extend({
  status: z.enum(["pending", "confirmed", "completed", "cancelled", "expired"]).optional(),
});
export type ListBookingsQuery = z.infer<typeof ListBookingsQuery>;

export const RetryPaymentInput = z.strictObject({ bookingId: z.string({ error: "bookingId is required" }).trim().min(1).max(64) });
