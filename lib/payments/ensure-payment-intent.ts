import "server-only";
import type { Payment } from "@prisma/client";
import { paymentChanged } from "../cache/entries";
import { db } from "../db";
import { pgRows, sql } from "../db-pool";
import { logger } from "../logger";
import { stripe } from "./stripe";
import { plural } from "../text/plural";

/** What the PaymentIntent is built from; a caller that just created the rows passes them instead of a re-read. */
export interface PaymentIntentSource {
  payment: {
    id: string;
    amount: number;
    currency: string;
    stripePaymentIntentId: string | null;
    clientSecret?: string | null;
  };
  booking: { id: string; seats: number; trip: { title: string } };
}

/**
 * Creates the PaymentIntent of a payment row unless it has one. The idempotency key is derived from the payment id,
 * so a retry after a crash or timeout returns the same PaymentIntent instead of charging twice.
 */
export async function ensurePaymentIntent(paymentId: string, known?: PaymentIntentSource) {
  let source = known;
  if (!source) {
    const loaded = await db.payment.findUniqueOrThrow({
      where: { id: paymentId },
      include: { booking: { include: { trip: { select: { title: true } } } } },
      omit: { clientSecret: false },
    });
    if (loaded.stripePaymentIntentId && loaded.clientSecret) return loaded;
    source = { payment: loaded, booking: loaded.booking };
  }
  const { payment, booking } = source;
  const intent = await stripe().paymentIntents.create(
    {
      amount: payment.amount,
      currency: payment.currency,
      automatic_payment_methods: { enabled: true },
      description: `${booking.trip.title} — ${plural(booking.seats, "seat")}`,
      metadata: { bookingId: booking.id, paymentId: payment.id },
      transfer_group: `booking_${booking.id}`,
    },
    { idempotencyKey: `payment-intent:${payment.id}` },
  );
  logger.info({ paymentId, paymentIntent: intent.id }, "payment intent created");
  // a raw statement: this runs on every booking, and the ORM's update costs about twice the CPU (README → Performance)
  const [updated] = await pgRows<Payment>(sql`
    UPDATE payments SET "stripePaymentIntentId" = ${intent.id}, "clientSecret" = ${intent.client_secret}, "updatedAt" = now()
    WHERE id = ${paymentId} RETURNING *`);
  if (!updated) throw new Error(`payment ${paymentId} vanished while its PaymentIntent was created`);
  await paymentChanged({ paymentId, bookingId: booking.id });
  return updated;
}
