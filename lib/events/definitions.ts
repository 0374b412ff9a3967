import { eventType } from "inngest";
import { z } from "zod";

// Every domain event (bookings, payments, payouts, plus user/registered), typed and validated with zod. They carry ids and amounts in
// minor units, never secrets. `publishEvent` only accepts these and parses the data with the event's schema; functions
// trigger on them, so the SDK validates the data again before a handler runs and the handler sees it typed.
const Id = z.string().min(1);
const Money = { amount: z.number().int(), currency: z.string().length(3) };

const BookingData = z.object({
  bookingId: Id,
  userId: Id,
  tripId: Id,
  departureId: Id,
  vendorId: Id,
  seats: z.number().int().positive(),
  ...Money,
});
const PaymentData = z.object({ paymentId: Id, bookingId: Id, userId: Id, ...Money });
const PayoutData = z.object({ payoutId: Id, vendorId: Id, ...Money, periodStart: z.string(), periodEnd: z.string() });

export const events = {
  userRegistered: eventType("user/registered", {
    schema: z.object({ userId: Id, role: z.enum(["traveller", "vendor", "admin"]) }),
  }),
  // the forgot-password email was queued (its row holds the link); the event carries only ids, never the token
  passwordResetRequested: eventType("user/password-reset.requested", { schema: z.object({ userId: Id, emailId: Id }) }),
  bookingCreated: eventType("booking/created", { schema: BookingData }),
  // sent with the booking, dated when its hold runs out (the outbox row's ts): Inngest starts expire-booking-hold then
  bookingHoldExpires: eventType("booking/hold.expires", { schema: z.object({ bookingId: Id }) }),
  bookingConfirmed: eventType("booking/confirmed", { schema: BookingData }),
  bookingCancelled: eventType("booking/cancelled", {
    schema: BookingData.extend({
      refundAmount: z.number().int().nonnegative(),
      cancelledBy: z.enum(["traveller", "vendor", "admin", "system"]),
    }),
  }),
  bookingCompleted: eventType("booking/completed", { schema: BookingData }),
  bookingExpired: eventType("booking/expired", { schema: BookingData }),
  paymentSucceeded: eventType("payment/succeeded", { schema: PaymentData }),
  paymentFailed: eventType("payment/failed", { schema: PaymentData.extend({ failureCode: z.string().nullable() }) }),
  paymentRefunded: eventType("payment/refunded", {
    schema: PaymentData.extend({ refundId: Id, refundAmount: z.number().int().positive() }),
  }),
  // a payment the booking could not take (it arrived after the hold ended and the seats were gone, or the booking was
  // cancelled or already paid): refunded in full, and the traveller is told why
  paymentReturned: eventType("payment/returned", {
    schema: PaymentData.extend({ refundId: Id, reason: z.enum(["seats_gone", "not_bookable"]) }),
  }),
  payoutPaid: eventType("vendor/payout.paid", { schema: PayoutData }),
  payoutFailed: eventType("vendor/payout.failed", { schema: PayoutData.extend({ reason: z.string() }) }),
  // internal work items fanned out by the payout and statement crons (deterministic ids: one per payout / vendor-month)
  payoutRequested: eventType("vendor/payout.requested", {
    schema: z.object({ payoutId: Id, vendorId: Id, currency: z.string().length(3), periodEnd: z.string() }),
  }),
  statementRequested: eventType("vendor/statement.requested", {
    schema: z.object({ vendorId: Id, month: z.string().regex(/^\d{4}-\d{2}$/) }),
  }),
} as const;

type Events = typeof events;
export type DomainEvent = Events[keyof Events];
export type EventData<E extends DomainEvent> = E["schema"] extends z.ZodType ? z.infer<E["schema"]> : never;
