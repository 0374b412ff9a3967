import "server-only";
import { paymentChanged } from "../cache/entries";
import { db } from "../db";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { publishEvent } from "../events/publish-event";
import { postRefund } from "../ledger/post-booking-money";

export interface ApplyRefundStatusOptions {
  refundId: string;
  stripeRefundId: string;
  status: "pending" | "succeeded" | "failed";
  failureReason: string | null;
}

/**
 * Records Stripe's verdict on a refund (from the API answer or a refund.* webhook); idempotent. A succeeded refund is
 * posted to the ledger, counted on its payment and announced (`payment/refunded`) in the same transaction.
 */
export async function applyRefundStatus({ refundId, stripeRefundId, status, failureReason }: ApplyRefundStatusOptions) {
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM refunds WHERE id = ${refundId} FOR UPDATE`;
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId } });
    if (refund.status === "succeeded" || (refund.status === status && refund.stripeRefundId)) return refund;
    const updated = await tx.refund.update({
      where: { id: refundId },
      data: { stripeRefundId, status, failureMessage: failureReason },
    });
    if (status !== "succeeded") return updated;
    // booking before payment, the order every money handler locks in; the booking's status decides the vendor account
    await tx.$queryRaw`SELECT id FROM bookings WHERE id = ${refund.bookingId} FOR UPDATE`;
    await tx.$queryRaw`SELECT id FROM payments WHERE id = ${refund.paymentId} FOR UPDATE`;
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: refund.paymentId },
      include: { booking: { include: { trip: { select: { vendorId: true } } } } },
    });
    await postRefund(tx, payment.booking, payment, refund, payment.refundedAmount);
    const refundedAmount = payment.refundedAmount + refund.amount;
    await tx.payment.update({
      where: { id: payment.id },
      data: { refundedAmount, status: refundedAmount >= payment.amount ? "refunded" : "partially_refunded" },
    });
    await publishEvent(
      tx,
      events.paymentRefunded,
      {
        paymentId: payment.id,
        bookingId: payment.bookingId,
        userId: payment.booking.userId,
        amount: payment.amount,
        currency: payment.currency,
        refundId,
        refundAmount: refund.amount,
      },
      `payment/refunded:${refundId}`,
    );
    return updated;
  });
  kickOutbox();
  await paymentChanged({ paymentId: result.paymentId, bookingId: result.bookingId });
  return result;
}
