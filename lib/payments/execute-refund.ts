import "server-only";
import { paymentChanged } from "../cache/entries";
import { db } from "../db";
import { logger } from "../logger";
import { applyRefundStatus } from "./apply-refund-status";
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
      {
        payment_intent: refund.payment.stripePaymentIntentId,
        amount: refund.amount,
        reason: "requested_by_customer",
        metadata: { refundId, bookingId: refund.bookingId },
      },
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
  const status =
    stripeRefund.status === "failed" ? "failed" : stripeRefund.status === "succeeded" ? "succeeded" : "pending";
  return applyRefundStatus({
    refundId,
    stripeRefundId: stripeRefund.id,
    status,
    failureReason: stripeRefund.failure_reason ?? null,
  });
}

/**
 * Stripe refused the refund, so it never existed there and moved no money: it fails without a Stripe id (which is how
 * retryFailedRefund tells it from a refund that failed at the bank), and the trigger releases its reserved amount.
 */
async function rejectRefund(refundId: string, message: string) {
  await db.refund.updateMany({
    where: { id: refundId, status: "pending", stripeRefundId: null },
    data: { status: "failed", failureMessage: message.slice(0, 500) },
  });
  const refund = await db.refund.findUniqueOrThrow({ where: { id: refundId } });
  await paymentChanged({ paymentId: refund.paymentId, bookingId: refund.bookingId });
  return refund;
}
