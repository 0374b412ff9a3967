// "How much of a payment can still be refunded" — the one rule, used by the admin refund, cancellations, the retry of
// failed refunds and the pages that show it. Pure (no database, no server-only) so a page can import it too.
import { AppError } from "../errors";

/**
 * What was paid less every refund that is not failed: a pending refund's money is promised, so it counts as if it had
 * left. `refundReserved` is kept by the database (trigger refunds_reserve_payment, CHECK ≤ amount), so read from a
 * payment row locked FOR UPDATE this is exact until the transaction ends.
 */
export function refundableAmount(payment: { amount: number; refundReserved: number }): number {
  return Math.max(0, payment.amount - payment.refundReserved);
}

/** Postgres error fields as they reach us: on the error itself, its `cause` (driver adapter) or Prisma's `meta`. */
type DbErrorLike = { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

const CAP_SQLSTATE = "TR409";
const CAP_CONSTRAINT = "payments_refunds_within_amount";

/** The database refused a refund that would bring a payment's refunds over its amount (trigger or CHECK). */
function isRefundCapViolation(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as DbErrorLike;
  const message = typeof e.message === "string" ? e.message : "";
  if (
    e.code === CAP_SQLSTATE ||
    message.startsWith("refund_exceeds_payment") ||
    (e.code === "23514" && message.includes(CAP_CONSTRAINT)) ||
    message.includes(`"${CAP_CONSTRAINT}"`)
  )
    return true;
  return isRefundCapViolation(e.cause, depth + 1) || isRefundCapViolation(e.meta?.driverAdapterError, depth + 1);
}

function refundExceedsPayment() {
  return new AppError(
    "refund_exceeds_payment",
    "This refund would bring the refunds of the payment above what was paid; nothing was refunded",
  );
}

/** Runs a write that may create a refund and turns the database's refusal into a 409 instead of a 500. */
export async function withRefundCap<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isRefundCapViolation(error)) throw refundExceedsPayment();
    throw error;
  }
}
