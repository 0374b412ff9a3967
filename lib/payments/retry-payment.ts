import "server-only";
import type { Actor } from "../auth/actor";
import { relationTo } from "../auth/booking-access";
import { paymentChanged } from "../cache/entries";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { ensurePaymentIntent } from "./ensure-payment-intent";
import { stripe } from "./stripe";

/**
 * A new checkout for a pending booking (e.g. after a declined card). The current PaymentIntent is reused while
 * Stripe still accepts a payment method on it; otherwise a new payment with its own PaymentIntent is started.
 */
export async function retryPayment(actor: Actor, bookingId: string, now = new Date()) {
  // read fresh (never from the cache): the decision below starts a payment
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    include: {
      trip: { select: { vendorId: true } },
      payments: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, stripePaymentIntentId: true } },
    },
  });
  if (!booking || relationTo(actor, booking) !== "owner") throw notFound("Booking");
  if (booking.status !== "pending")
    throw new AppError("invalid_state", `This booking is ${booking.status}; there is nothing to pay`);
  if (booking.holdExpiresAt <= now)
    throw new AppError("invalid_state", "The 15-minute hold on these seats has ended; please book again");
  const current = booking.payments[0];
  if (current?.stripePaymentIntentId) {
    const intent = await stripe().paymentIntents.retrieve(current.stripePaymentIntentId);
    if (["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      const reopened = await db.payment.update({
        where: { id: current.id },
        data: { status: "pending" },
        omit: { clientSecret: false },
      });
      await paymentChanged({ paymentId: current.id, bookingId: booking.id });
      return reopened;
    }
    if (intent.status === "processing" || intent.status === "succeeded") {
      throw new AppError("conflict", "A payment for this booking is already being processed");
    }
  }
  const payment = await db.payment.create({
    data: { bookingId: booking.id, amount: booking.totalAmount, currency: booking.currency },
  });
  return ensurePaymentIntent(payment.id);
}
