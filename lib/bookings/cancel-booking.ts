import "server-only";
import type { BookingStatus } from "@prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { bookingChanged } from "../cache/entries";
import { publishEvent } from "../events/publish-event";
import { postRelease } from "../ledger/post-booking-money";
import { logger } from "../logger";
import { executeRefund } from "../payments/execute-refund";
import { lockBookingPayments } from "../payments/lock";
import { withRefundCap } from "../payments/refundable";
import { cancelUnpaidIntents } from "../payments/cancel-payment-intents";
import { type CancelledBy, refundAmount, refundPercent } from "./cancellation-policy";
import { getBooking } from "./get-booking";

const CANCELLABLE: BookingStatus[] = ["pending", "confirmed"];

type Loaded = Awaited<ReturnType<typeof getBooking>>;

function cancelledByFor(relation: Loaded["relation"]): CancelledBy {
  return relation === "owner" ? "traveller" : relation === "vendor" ? "vendor" : "admin";
}

/**
 * What a cancellation would refund now: the exact amount the traveller sees before confirming. Refunds already made
 * or still pending (e.g. an admin refund in flight) count as refunded, so together they never exceed the payment.
 */
function quote(loaded: Loaded, by: CancelledBy, now: Date) {
  const { booking } = loaded;
  const paid = booking.payments.find((p) => p.status === "succeeded" || p.status === "partially_refunded");
  const percent = refundPercent(
    booking.trip.cancellationPolicy,
    booking.departure.startsAt,
    booking.departure.timeZone,
    now,
    by,
  );
  const amount = paid ? refundAmount(paid.amount, paid.refundReserved, percent) : 0;
  return {
    refundAmount: amount,
    percent,
    currency: booking.currency,
    policy: booking.trip.cancellationPolicy,
    cancelledBy: by,
    paid: Boolean(paid),
    paymentId: paid?.id ?? null,
  };
}

export async function previewCancellation(actor: Actor, bookingId: string, now = new Date()) {
  const loaded = await getBooking(actor, bookingId);
  if (!CANCELLABLE.includes(loaded.booking.status))
    throw new AppError("invalid_state", `This booking is ${loaded.booking.status} and cannot be cancelled`);
  const { paymentId: _p, paid: _paid, ...preview } = quote(loaded, cancelledByFor(loaded.relation), now);
  return preview;
}

/**
 * Cancels a pending or confirmed booking: its seats return to the departure at once, and a paid booking is refunded
 * by its trip's policy (traveller) or in full (the trip's vendor, an admin, or `as: "system"`). Cancelling twice, or
 * a completed or expired booking, is a 409 and changes nothing (the status check and update happen under a row lock).
 * The refund is computed under the booking's and its payments' row locks, so an admin refund racing this one is seen.
 */
export async function cancelBooking(
  actor: Actor,
  bookingId: string,
  input: { reason?: string; as?: CancelledBy } = {},
  now = new Date(),
) {
  const loaded = await getBooking(actor, bookingId, { fresh: true });
  const by = input.as ?? cancelledByFor(loaded.relation);

  const result = await withRefundCap(() =>
    db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<
        { status: BookingStatus }[]
      >`SELECT status FROM bookings WHERE id = ${bookingId} FOR UPDATE`;
      if (!row || !CANCELLABLE.includes(row.status))
        throw new AppError("invalid_state", `This booking is ${row?.status ?? "gone"} and cannot be cancelled`);
      // re-read the payments under their locks: a refund or payment may have landed since the quote
      const fresh = { ...loaded, booking: { ...loaded.booking, payments: await lockBookingPayments(tx, bookingId) } };
      const q = quote(fresh, by, now);
      const booking = await tx.booking.update({
        where: { id: bookingId },
        data: { status: "cancelled", cancelledAt: now, cancelledById: actor.id, cancelReason: input.reason ?? null },
      });
      await tx.$executeRaw`UPDATE departures SET "seatsTaken" = "seatsTaken" - ${booking.seats}, "updatedAt" = now() WHERE id = ${booking.departureId}`;
      // what the policy keeps is the vendor's now; the refund that follows reverses its part from vendor_payable
      await postRelease(tx, { id: bookingId, vendorId: loaded.booking.trip.vendorId, status: "cancelled" }, now);
      const refund =
        q.refundAmount > 0 && q.paymentId
          ? await tx.refund.create({
              data: {
                paymentId: q.paymentId,
                bookingId,
                amount: q.refundAmount,
                currency: booking.currency,
                reason: `cancelled_by_${by}`,
                requestedById: actor.id,
              },
            })
          : null;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "booking.cancelled",
        entityType: "booking",
        entityId: bookingId,
        data: { by, refundAmount: q.refundAmount, percent: q.percent },
      });
      await publishEvent(
        tx,
        events.bookingCancelled,
        {
          bookingId,
          userId: booking.userId,
          tripId: booking.tripId,
          departureId: booking.departureId,
          vendorId: loaded.booking.trip.vendorId,
          seats: booking.seats,
          amount: booking.totalAmount,
          currency: booking.currency,
          refundAmount: q.refundAmount,
          cancelledBy: by,
        },
        `booking/cancelled:${bookingId}`,
      );
      return {
        booking,
        refund,
        intents: fresh.booking.payments
          .filter((p) => p.status === "pending" || p.status === "failed")
          .map((p) => p.stripePaymentIntentId),
      };
    }),
  );
  kickOutbox();
  await bookingChanged({
    bookingIds: [bookingId],
    tripIds: [result.booking.tripId],
    paymentIds: result.refund ? [result.refund.paymentId] : [],
    seats: true,
  });

  // an unpaid booking's PaymentIntents are cancelled so they cannot be paid any more (a payment racing this is
  // refunded in full by the webhook handler, because the booking is cancelled)
  await cancelUnpaidIntents(result.intents);
  let refund = result.refund;
  if (refund) {
    refund = await executeRefund(refund.id).catch((error) => {
      logger.error(
        { err: error, refundId: result.refund?.id },
        "refund failed after cancellation; it stays pending and is retried",
      );
      return result.refund;
    });
  }
  return { booking: result.booking, refund };
}
