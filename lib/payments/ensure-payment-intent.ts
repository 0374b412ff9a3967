import "server-only";
import { db } from "../db";
import { logger } from "../logger";
import { stripe } from "./stripe";

/**
 * Creates the PaymentIntent of a payment row unless it has one. The idempotency key is derived from the payment id,
 * so a retry after a crash or timeout returns the same PaymentIntent instead of charging twice.
 */
export async function ensurePaymentIntent(paymentId: string) {
  const payment = await db.payment.findUniqueOrThrow({
    where: { id: paymentId },
    include: { booking: { include: { trip: { select: { title: true } } } } },
    omit: { clientSecret: false },
  });
  if (payment.stripePaymentIntentId && payment.clientSecret) return payment;
  const { booking } = payment;
  const intent = await stripe().paymentIntents.create(
    {
      amount: payment.amount,
      currency: payment.currency,
      automatic_payment_methods: { enabled: true },
      description: `${booking.trip.title} — ${booking.seats} seat${booking.seats === 1 ? "" : "s"}`,
      metadata: { bookingId: booking.id, paymentId: payment.id },
      transfer_group: `booking_${booking.id}`,
    },
    { idempotencyKey: `payment-intent:${payment.id}` },
  );
  logger.info({ paymentId, paymentIntent: intent.id }, "payment intent created");
  return db.payment.update({
    where: { id: paymentId },
    data: { stripePaymentIntentId: intent.id, clientSecret: intent.client_secret },
    omit: { clientSecret: false },
  });
}
