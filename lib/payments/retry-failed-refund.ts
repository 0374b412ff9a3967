import "server-only";
import { paymentChanged } from "../cache/entries";
import { db } from "../db";
import { logger } from "../logger";
import { executeRefund } from "./execute-refund";
import { lockBookingAndPayment } from "./lock";
import { refundableAmount, withRefundCap } from "./refundable";

// a failure is tried again as a new refund at most this many times in a row; then an admin looks at the booking
const MAX_REFUND_RETRIES = 3;

/** How many refunds before this one were replaced in its chain (0 for an original), counted up to the limit. */
async function retriesBefore(refund: { retryOfId: string | null }) {
  let count = 0;
  for (let id = refund.retryOfId; id && count < MAX_REFUND_RETRIES; count++) {
    id = (await db.refund.findUnique({ where: { id }, select: { retryOfId: true } }))?.retryOfId ?? null;
  }
  return count;
}

/**
 * A refund Stripe reported as failed moved no money, so it is tried again as a new refund (its own idempotency key)
 * that points at it (`retryOfId`, unique: each failure gets one replacement), up to MAX_REFUND_RETRIES in a chain.
 * After the last attempt the failure stays visible on the booking for an admin. A refund Stripe refused outright (no
 * Stripe id: the charge was already refunded, the amount was above what was left) is not retried: it would be refused
 * again. The replacement never exceeds what is still refundable, decided under the payment's row lock.
 */
export async function retryFailedRefund(refundId: string) {
  const failed = await db.refund.findUniqueOrThrow({ where: { id: refundId } });
  if (failed.status !== "failed" || !failed.stripeRefundId) return null;
  if ((await retriesBefore(failed)) >= MAX_REFUND_RETRIES) return null;
  const replacement = await withRefundCap(() =>
    db.$transaction(async (tx) => {
      const { payment } = await lockBookingAndPayment(tx, failed.bookingId, failed.paymentId);
      // under the lock, so two runs of the retry job make one replacement (the unique column is the backstop)
      const existing = await tx.refund.findUnique({ where: { retryOfId: failed.id } });
      if (existing) return { refund: existing, isNew: false };
      const amount = Math.min(failed.amount, refundableAmount(payment));
      if (amount <= 0) return null;
      const refund = await tx.refund.create({
        data: {
          paymentId: failed.paymentId,
          bookingId: failed.bookingId,
          amount,
          currency: failed.currency,
          reason: failed.reason,
          retryOfId: failed.id,
          requestedById: failed.requestedById,
        },
      });
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
