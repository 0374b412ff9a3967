import "server-only";
import type Stripe from "stripe";
import { paymentChanged } from "../cache/entries";
import { db } from "../db";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { publishEvent } from "../events/publish-event";
import { lockBookingAndPayment } from "./lock";

/** Records a declined or failed attempt; ignored once the payment has succeeded (events can arrive out of order). */
export async function handlePaymentFailed(intent: Stripe.PaymentIntent, stripeEventId: string) {
  const found = await db.payment.findFirst({
    where: { stripePaymentIntentId: intent.id },
    select: { id: true, bookingId: true },
  });
  if (!found) return "unknown_payment" as const;
  const outcome = await db.$transaction(async (tx) => {
    const { booking, payment } = await lockBookingAndPayment(tx, found.bookingId, found.id);
    if (payment.status !== "pending" && payment.status !== "failed") return "ignored" as const;
    const error = intent.last_payment_error;
    await tx.payment.update({
      where: { id: payment.id },
      data: {
        status: "failed",
        failureCode: error?.decline_code ?? error?.code ?? "payment_failed",
        failureMessage: error?.message ?? "The payment failed.",
      },
    });
    await publishEvent(
      tx,
      events.paymentFailed,
      {
        paymentId: payment.id,
        bookingId: booking.id,
        userId: booking.userId,
        amount: payment.amount,
        currency: payment.currency,
        failureCode: error?.decline_code ?? error?.code ?? null,
      },
      `payment/failed:${stripeEventId}`,
    );
    return "recorded" as const;
  });
  kickOutbox();
  if (outcome === "recorded") await paymentChanged({ paymentId: found.id, bookingId: found.bookingId });
  return outcome;
}
