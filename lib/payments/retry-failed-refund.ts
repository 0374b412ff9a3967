import "server-only";
import { db } from "../db";
import { executeRefund } from "./execute-refund";

export const MAX_REFUND_RETRIES = 3;

/**
 * A refund Stripe reported as failed moved no money, so it is tried again as a new refund (its own idempotency key)
 * up to MAX_REFUND_RETRIES times; the chain is kept in `retryOf`-style reasons so each failure is retried once.
 * After the last attempt the failure stays visible on the booking for an admin.
 */
export async function retryFailedRefund(refundId: string) {
  const failed = await db.refund.findUniqueOrThrow({ where: { id: refundId } });
  if (failed.status !== "failed") return null;
  const match = /^retry:(\d+):/.exec(failed.reason ?? "");
  const attempt = match ? Number(match[1]) + 1 : 1;
  if (attempt > MAX_REFUND_RETRIES) return null;
  const reason = `retry:${attempt}:${failed.id}`;
  const existing = await db.refund.findFirst({ where: { reason } });
  if (existing) return existing;
  const replacement = await db.refund.create({
    data: { paymentId: failed.paymentId, bookingId: failed.bookingId, amount: failed.amount, currency: failed.currency, reason, requestedById: failed.requestedById },
  });
  return executeRefund(replacement.id);
}
