import "server-only";
import { db } from "../db";
import { logger } from "../logger";
import { executeRefund } from "./execute-refund";

// The refund retry job's work, one piece per job step: the two searches, and the re-send of one stuck refund (the
// replacement of a failed one is retryFailedRefund). Each search is bounded; what is left is found on the next run.
const BATCH = 100;
// a refund younger than this may still be in its first request to Stripe
const STUCK_AFTER_MS = 60_000;
// failures older than this are left to an admin: the booking shows them
const RETRY_FAILED_FOR_MS = 7 * 86_400_000;

/** Refunds whose request to Stripe never got an answer (network, outage): still pending, without a Stripe id. */
export async function findStuckRefunds(now = new Date()) {
  const rows = await db.refund.findMany({
    where: { status: "pending", stripeRefundId: null, createdAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: BATCH,
  });
  return rows.map((r) => r.id);
}

/**
 * Sends a stuck refund again. Its idempotency key is the refund's own id, so a request that did reach Stripe is not
 * repeated there. A failure is logged and left for the next run rather than thrown: the job goes on with the others.
 */
export async function resendStuckRefund(refundId: string) {
  try {
    await executeRefund(refundId);
    return true;
  } catch (error) {
    logger.warn({ err: error, id: refundId }, "refund retry failed");
    return false;
  }
}

/**
 * Refunds Stripe reported as failed (they have a Stripe id: one Stripe refused outright would be refused again) that
 * have no replacement yet, newest first: a chain that reached its last retry stays failed and listed here for the
 * week, so the recent failures, the ones still retried, come before it.
 */
export async function findFailedRefundsToRetry(now = new Date()) {
  const rows = await db.refund.findMany({
    where: {
      status: "failed",
      stripeRefundId: { not: null },
      createdAt: { gt: new Date(now.getTime() - RETRY_FAILED_FOR_MS) },
      retriedBy: { is: null },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true },
    take: BATCH,
  });
  return rows.map((r) => r.id);
}
