import "server-only";
import { db } from "../db";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { paymentChanged } from "../cache/entries";
import { publishEvent } from "../events/publish-event";
import { postRefund } from "../ledger/post-booking-money";
import { logger } from "../logger";
import { stripe } from "./stripe";
import { isDefinitiveStripeError } from "./transfers";

/**
 * Sends a recorded refund to Stripe. The idempotency key is derived from the refund row, so retrying after a crash
 * or a timeout never refunds twice. A transient error (network, rate limit, Stripe 5xx) leaves the refund `pending`
 * with the error noted, to be retried. A refusal (e.g. `charge_already_refunded`, or an amount above what is left on
 * the charge) marks it `failed`: Stripe stores that answer under the idempotency key, so a retry could only repeat it
 * and the refund would stay pending forever, holding money it can never move.
 */
export async function executeRefund(refundId: string) {
  const refund = await db.refund.findUniqueOrThrow({ where: { id: refundId }, include: { payment: true } });
  if (refund.status !== "pending") return refund;
  if (!refund.payment.stripePaymentIntentId) throw new Error(`refund ${refundId}: payment has no PaymentIntent`);
  let stripeRefund;
  try {
    stripeRefund = await stripe().refunds.create(
      { payment_intent: refund.payment.stripePaymentIntentId, amount: refund.amount, reason: "requested_by_customer", metadata: { refundId, bookingId: refund.bookingId } },
      { idempotencyKey: `refund:${refundId}` },
    );
  } catch (error) {
    if (isDefinitiveStripeError(error)) {
      logger.error({ err: error, refundId, code: error.code }, "Stripe refused the refund; it is marked failed");
      return rejectRefund(refundId, `${error.code ?? error.type}: ${error.message}`);
    }
    logger.error({ err: error, refundId }, "refund request to Stripe failed; will retry");
    await db.refund.update({ where: { id: refundId }, data: { failureMessage: String(error).slice(0, 500) } });
    await paymentChanged({ paymentId: refund.paymentId, bookingId: refund.bookingId });
    throw error;
  }
  return applyRefundStatus(refundId, stripeRefund.id, stripeRefund.status === "failed" ? "failed" : stripeRefund.status === "succeeded" ? "succeeded" : "pending", stripeRefund.failure_reason ?? null);
}

/**
 * Stripe refused the refund, so it never existed there and moved no money: it fails without a Stripe id (which is how
 * retryFailedRefund tells it from a refund that failed at the bank), and the trigger releases its reserved amount.
 */
async function rejectRefund(refundId: string, message: string) {
  await db.refund.updateMany({ where: { id: refundId, status: "pending", stripeRefundId: null }, data: { status: "failed", failureMessage: message.slice(0, 500) } });
  const refund = await db.refund.findUniqueOrThrow({ where: { id: refundId } });
  await paymentChanged({ paymentId: refund.paymentId, bookingId: refund.bookingId });
  return refund;
}

/** Records Stripe's verdict on a refund (from the API answer or a refund.* webhook); idempotent. */
export async function applyRefundStatus(refundId: string, stripeRefundId: string, status: "pending" | "succeeded" | "failed", failureReason: string | null) {
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM refunds WHERE id = ${refundId} FOR UPDATE`;
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId } });
    if (refund.status === "succeeded" || (refund.status === status && refund.stripeRefundId)) return refund;
    const updated = await tx.refund.update({ where: { id: refundId }, data: { stripeRefundId, status, failureMessage: failureReason } });
    if (status !== "succeeded") return updated;
    // booking before payment, the order every money handler locks in; the booking's status decides the vendor account
    await tx.$queryRaw`SELECT id FROM bookings WHERE id = ${refund.bookingId} FOR UPDATE`;
    await tx.$queryRaw`SELECT id FROM payments WHERE id = ${refund.paymentId} FOR UPDATE`;
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: refund.paymentId }, include: { booking: { include: { trip: { select: { vendorId: true } } } } } });
    await postRefund(tx, payment.booking, payment, refund, payment.refundedAmount);
    const refundedAmount = payment.refundedAmount + refund.amount;
    await tx.payment.update({ where: { id: payment.id }, data: { refundedAmount, status: refundedAmount >= payment.amount ? "refunded" : "partially_refunded" } });
    await publishEvent(
      tx,
      events.paymentRefunded,
      { paymentId: payment.id, bookingId: payment.bookingId, userId: payment.booking.userId, amount: payment.amount, currency: payment.currency, refundId, refundAmount: refund.amount },
      `payment/refunded:${refundId}`,
    );
    return updated;
  });
  kickOutbox();
  await paymentChanged({ paymentId: result.paymentId, bookingId: result.bookingId });
  return result;
}
