import type { Booking, Payment, Refund } from "@prisma/client";
import { env } from "../env";

export function toBookingDto(b: Booking) {
  return {
    id: b.id,
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

/** `clientSecret` is only for the booking's owner: it lets whoever holds it pay the PaymentIntent. */
export function toPaymentDto(p: Payment & { clientSecret?: string | null }, options: { forOwner: boolean }) {
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

export function toRefundDto(r: Refund) {
  return { id: r.id, paymentId: r.paymentId, amount: r.amount, currency: r.currency, status: r.status, reason: r.reason, createdAt: r.createdAt.toISOString() };
}
