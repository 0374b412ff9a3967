import "server-only";
import type Stripe from "stripe";
import { pgExecute, pgRows, pgTx, sql } from "../db-pool";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { bookingChanged } from "../cache/entries";
import { publishEvent } from "../events/publish-event";
import { postCharge } from "../ledger/post-booking-money";
import { logger } from "../logger";
import { executeRefund } from "./execute-refund";
import { lockBookingAndPayment } from "./lock";

/** The payment row of a PaymentIntent, as the webhook found it. */
export interface KnownPayment {
  id: string;
  bookingId: string;
  booking: { tripId: string };
}

/** The payment this platform created for a PaymentIntent, with its booking's trip; undefined for a foreign one. */
export async function findKnownPayment(paymentIntentId: string): Promise<KnownPayment | undefined> {
  const [payment] = await pgRows<KnownPayment>(sql`
    SELECT p.id, p."bookingId", jsonb_build_object('tripId', b."tripId") AS booking
    FROM payments p JOIN bookings b ON b.id = p."bookingId"
    WHERE p."stripePaymentIntentId" = ${paymentIntentId}`);
  return payment;
}

type Outcome = "confirmed" | "already_handled" | "refunded_seats_gone" | "refunded_not_bookable" | "unknown_payment";

/**
 * A PaymentIntent succeeded (learned from the webhook, re-read from Stripe). Confirms the pending booking; a payment
 * that lands after its hold expired confirms it if the seats can still be taken, otherwise it is refunded in full and
 * the traveller is told why (`payment/returned`). Safe to run any number of times, in any order with other events.
 */
export async function handlePaymentSucceeded(
  intent: Stripe.PaymentIntent,
  now = new Date(),
  known?: KnownPayment | null,
): Promise<Outcome> {
  // the webhook already looked the payment up by its PaymentIntent to decide whether to handle the event at all
  const found = known ?? (await findKnownPayment(intent.id));
  if (!found) {
    logger.warn({ paymentIntent: intent.id }, "payment_intent.succeeded for an unknown PaymentIntent");
    return "unknown_payment";
  }
  // on a pg connection (lib/db-pool.ts): this runs once per paid booking, and through Prisma each of its statements
  // cost a query compilation
  const result = await pgTx(async (tx) => {
    const { booking, payment } = await lockBookingAndPayment(tx, found.bookingId, found.id);
    if (payment.status !== "pending" && payment.status !== "failed") return { outcome: "already_handled" as const };
    await pgExecute(
      sql`
        UPDATE payments SET status = 'succeeded', "succeededAt" = ${now}, "failureCode" = NULL, "failureMessage" = NULL,
          "updatedAt" = now()
        WHERE id = ${payment.id}`,
      tx,
    );
    const data = {
      bookingId: booking.id,
      userId: booking.userId,
      tripId: booking.tripId,
      departureId: booking.departureId,
      vendorId: booking.trip.vendorId,
      seats: booking.seats,
      amount: booking.totalAmount,
      currency: booking.currency,
    };
    await publishEvent(
      tx,
      events.paymentSucceeded,
      {
        paymentId: payment.id,
        bookingId: booking.id,
        userId: booking.userId,
        amount: payment.amount,
        currency: payment.currency,
      },
      `payment/succeeded:${payment.id}`,
    );

    let seatsHeld = booking.status === "pending";
    if (booking.status === "expired") {
      // the hold ran out before the money arrived: take the seats again if they are still free
      const retaken = await pgExecute(
        sql`
        UPDATE departures SET "seatsTaken" = "seatsTaken" + ${booking.seats}, "updatedAt" = now()
        WHERE id = ${booking.departureId} AND status = 'scheduled' AND "startsAt" > now() AND "seatsTaken" + ${booking.seats} <= capacity`,
        tx,
      );
      seatsHeld = retaken === 1;
    }
    if (!seatsHeld) {
      // the seats are gone, the booking was cancelled, or this is a second payment for a confirmed booking: the money
      // goes back in full, and the traveller is told why through the outbox like every other notice
      const seatsGone = booking.status === "expired";
      await postCharge(tx, booking, payment, booking.status);
      const reason = seatsGone ? "seats_unavailable_after_hold_expired" : `booking_${booking.status}`;
      const [refund] = await pgRows<{ id: string }>(
        sql`
          INSERT INTO refunds (id, "paymentId", "bookingId", amount, currency, reason, "updatedAt")
          VALUES (gen_random_uuid()::text, ${payment.id}, ${booking.id}, ${payment.amount}, ${payment.currency}, ${reason}, now())
          RETURNING id`,
        tx,
      );
      await publishEvent(
        tx,
        events.paymentReturned,
        {
          paymentId: payment.id,
          bookingId: booking.id,
          userId: booking.userId,
          amount: payment.amount,
          currency: payment.currency,
          refundId: refund.id,
          reason: seatsGone ? "seats_gone" : "not_bookable",
        },
        `payment/returned:${payment.id}`,
      );
      return {
        outcome: seatsGone ? ("refunded_seats_gone" as const) : ("refunded_not_bookable" as const),
        refundId: refund.id,
      };
    }
    await pgExecute(
      sql`UPDATE bookings SET status = 'confirmed', "confirmedAt" = ${now}, "updatedAt" = now() WHERE id = ${booking.id}`,
      tx,
    );
    await postCharge(tx, booking, payment, "confirmed");
    await publishEvent(tx, events.bookingConfirmed, data, `booking/confirmed:${booking.id}`);
    return { outcome: "confirmed" as const };
  });
  kickOutbox();
  await bookingChanged({
    bookingIds: [found.bookingId],
    tripIds: [found.booking.tripId],
    paymentIds: [found.id],
    seats: true,
  });
  if (result.refundId) await executeRefund(result.refundId);
  return result.outcome;
}
