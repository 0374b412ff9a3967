import "server-only";
import { paymentChanged } from "../cache/entries";
import { db } from "../db";
import { logger } from "../logger";
import { executeRefund } from "./execute-refund";
import { lockBookingAndPayment } from "./lock";
import { refundableAmount, withRefundCap } from "./refundable";

export const MAX_REFUND_RETRIES = 3;

/**
 * A refund Stripe reported as failed moved no money, so it is tried again as a new refund (its own idempotency key)
 * up to MAX_REFUND_RETRIES times; the chain is kept in `retryOf`-style reasons so each failure is retried once.
 * After the last attempt the failure stays visible on the booking for an admin. A refund Stripe refused outright (no
 * Stripe id: the charge was already refunded, the amount was above what was left) is not retried: it would be refused
 * again. The replacement never exceeds what is still refundable, decided under the payment's row lock.
 */
export async function retryFailedRefund(refundId: string) {
  const failed = await db.refund.findUniqueOrThrow({ where: { id: refundId } });
  if (failed.status !== "failed" || !failed.stripeRefundId) return null;
  const match = /^retry:(\d+):/.exec(failed.reason ?? "");
  const attempt = match ? Number(match[1]) + 1 : 1;
  if (attempt > MAX_REFUND_RETRIES) return null;
  const reason = `retry:${attempt}:${failed.id}`;
  const replacement = await withRefundCap(() =>
    db.$transaction(async (tx) => {
      const { payment } = await lockBookingAndPayment(tx, failed.bookingId, failed.paymentId);
      // under the lock, so two runs of the retry job make one replacement
      const existing = await tx.refund.findFirst({ where: { reason } });
      if (existing) return { refund: existing, isNew: false };
      const amount = Math.min(failed.amount, refundableAmount(payment));
      if (amount <= 0) return null;
      const refund = await tx.refund.create({ data: { paymentId: failed.paymentId, bookingId: failed.bookingId, amount, currency: failed.currency, reason, requestedById: failed.requestedById } });
      return { refund, isNew: true };
    }),
  );
  if (!replacement) {
    logger.warn({ refundId }, "failed refund not retried: nothing is left to refund on its payment");
    return null;
  }
  if (replacement.isNew) await paymentChanged({ paymentId: failed.paymentId, bookingId: failed.bookingId });
  return replacement.isNew ? executeRefund(replacement.refund.id) : replacement.refund;
}
