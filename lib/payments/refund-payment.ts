import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { executeRefund } from "./execute-refund";

/** An admin refunds any amount up to what remains refundable (the default: all of it). */
export async function refundPayment(actor: Actor, paymentId: string, amount?: number) {
  if (!can(actor.role, "payments:refund")) throw forbidden("Only admins can refund payments");
  const refund = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM payments WHERE id = ${paymentId} FOR UPDATE`;
    const payment = await tx.payment.findUnique({ where: { id: paymentId }, include: { refunds: { where: { status: "pending" } } } });
    if (!payment) throw notFound("Payment");
    if (payment.status !== "succeeded" && payment.status !== "partially_refunded") throw new AppError("invalid_state", `A ${payment.status} payment cannot be refunded`);
    const inFlight = payment.refunds.reduce((s, r) => s + r.amount, 0);
    const refundable = payment.amount - payment.refundedAmount - inFlight;
    const value = amount ?? refundable;
    if (refundable <= 0) throw new AppError("invalid_state", "Nothing is left to refund on this payment");
    if (value > refundable) {
      throw new AppError("validation_failed", `At most ${refundable} can be refunded`, { details: { fieldErrors: { amount: [`At most ${refundable} (minor units) can be refunded`] }, refundable } });
    }
    const created = await tx.refund.create({ data: { paymentId, bookingId: payment.bookingId, amount: value, currency: payment.currency, reason: "admin_refund", requestedById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "payment.refunded", entityType: "payment", entityId: paymentId, data: { amount: value, refundId: created.id } });
    return created;
  });
  await executeRefund(refund.id).catch(() => undefined);
  return db.refund.findUniqueOrThrow({ where: { id: refund.id }, include: { payment: true } });
}
