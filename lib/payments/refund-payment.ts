import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { paymentChanged } from "../cache/entries";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { executeRefund } from "./execute-refund";
import { lockBookingAndPayment } from "./lock";
import { refundableAmount, withRefundCap } from "./refundable";

/**
 * An admin refunds any amount up to what remains refundable (the default: all of it). The amount is decided under the
 * booking's and the payment's row locks, counting refunds still pending, so a cancellation or another refund racing
 * this one sees it; the database refuses anything above the payment either way (409 refund_exceeds_payment).
 */
export async function refundPayment(actor: Actor, paymentId: string, amount?: number) {
  if (!can(actor.role, "payments:refund")) throw forbidden("Only admins can refund payments");
  const found = await db.payment.findUnique({ where: { id: paymentId }, select: { bookingId: true } });
  if (!found) throw notFound("Payment");
  const refund = await withRefundCap(() =>
    db.$transaction(async (tx) => {
      const { payment } = await lockBookingAndPayment(tx, found.bookingId, paymentId);
      if (payment.status !== "succeeded" && payment.status !== "partially_refunded")
        throw new AppError("invalid_state", `A ${payment.status} payment cannot be refunded`);
      const refundable = refundableAmount(payment);
      const value = amount ?? refundable;
      if (refundable <= 0) throw new AppError("invalid_state", "Nothing is left to refund on this payment");
      if (value > refundable) {
        throw new AppError("validation_failed", `At most ${refundable} can be refunded`, {
          details: { fieldErrors: { amount: [`At most ${refundable} (minor units) can be refunded`] }, refundable },
        });
      }
      const created = await tx.refund.create({
        data: {
          paymentId,
          bookingId: payment.bookingId,
          amount: value,
          currency: payment.currency,
          reason: "admin_refund",
          requestedById: actor.id,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "payment.refunded",
        entityType: "payment",
        entityId: paymentId,
        data: { amount: value, refundId: created.id },
      });
      return created;
    }),
  );
  await paymentChanged({ paymentId, bookingId: found.bookingId });
  // a transient Stripe error leaves the refund pending for the retry job; a refusal has marked it failed
  await executeRefund(refund.id).catch(() => undefined);
  return db.refund.findUniqueOrThrow({ where: { id: refund.id }, include: { payment: true } });
}
