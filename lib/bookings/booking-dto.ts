import type { Booking, Payment, Refund } from "@prisma/client";
import { z } from "zod";
import { env } from "../env";
import { BookingStatusName, CurrencyCode, IsoDateTime, MinorUnits, NullableDateTime } from "../openapi/fields";

// The response shapes are zod schemas, so the OpenAPI document publishes exactly what these functions return.
export const BookingDto = z.object({
  id: z.string(),
  code: z
    .string()
    .regex(/^TRV-[2-9A-HJKMNP-Z]{6}$/)
    .describe("Short human booking code, e.g. TRV-7K3M9Q: on emails and receipts, searchable by admins"),
  userId: z.string(),
  tripId: z.string(),
  departureId: z.string(),
  seats: z.number().int(),
  unitPrice: MinorUnits,
  totalAmount: MinorUnits,
  currency: CurrencyCode,
  commissionBps: z.number().int().describe("Platform commission in basis points"),
  status: BookingStatusName,
  holdExpiresAt: IsoDateTime.describe("A pending booking expires, and its seats return, at this time"),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  notes: z.string().nullable(),
  confirmedAt: NullableDateTime,
  cancelledAt: NullableDateTime,
  createdAt: IsoDateTime,
});
export type BookingDto = z.infer<typeof BookingDto>;

export function toBookingDto(b: Booking): BookingDto {
  return {
    id: b.id,
    code: b.code,
    userId: b.userId,
    tripId: b.tripId,
    departureId: b.departureId,
    seats: b.seats,
    unitPrice: b.unitPrice,
    totalAmount: b.totalAmount,
    currency: b.currency,
    commissionBps: b.commissionBps,
    status: b.status,
    holdExpiresAt: b.holdExpiresAt.toISOString(),
    contactName: b.contactName,
    contactPhone: b.contactPhone,
    notes: b.notes,
    confirmedAt: b.confirmedAt?.toISOString() ?? null,
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    createdAt: b.createdAt.toISOString(),
  };
}

export const PaymentDto = z.object({
  id: z.string(),
  bookingId: z.string(),
  amount: MinorUnits,
  refundedAmount: MinorUnits,
  currency: CurrencyCode,
  status: z.enum(["pending", "succeeded", "failed", "refunded", "partially_refunded"]),
  stripePaymentIntentId: z.string().nullable(),
  clientSecret: z
    .string()
    .nullable()
    .describe("Only for the booking's traveller: confirms the PaymentIntent with Stripe.js or a native SDK"),
  checkoutUrl: z.string().describe("Travellr's own checkout page for this booking"),
  failureCode: z.string().nullable(),
  failureMessage: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type PaymentDto = z.infer<typeof PaymentDto>;

/** `clientSecret` is only for the booking's owner: it lets whoever holds it pay the PaymentIntent. */
export function toPaymentDto(
  p: Payment & { clientSecret?: string | null },
  options: { forOwner: boolean },
): PaymentDto {
  return {
    id: p.id,
    bookingId: p.bookingId,
    amount: p.amount,
    refundedAmount: p.refundedAmount,
    currency: p.currency,
    status: p.status,
    stripePaymentIntentId: p.stripePaymentIntentId,
    clientSecret: options.forOwner ? (p.clientSecret ?? null) : null,
    checkoutUrl: `${env().APP_URL}/checkout/${p.bookingId}`,
    failureCode: p.failureCode,
    failureMessage: p.failureMessage,
    createdAt: p.createdAt.toISOString(),
  };
}

export const RefundDto = z.object({
  id: z.string(),
  paymentId: z.string(),
  amount: MinorUnits,
  currency: CurrencyCode,
  status: z.enum(["pending", "succeeded", "failed"]),
  reason: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type RefundDto = z.infer<typeof RefundDto>;

export function toRefundDto(r: Refund): RefundDto {
  return {
    id: r.id,
    paymentId: r.paymentId,
    amount: r.amount,
    currency: r.currency,
    status: r.status,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
  };
}
