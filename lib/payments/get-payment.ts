import "server-only";
import type { Actor } from "../auth/actor";
import { relationTo } from "../bookings/access";
import { db } from "../db";
import { notFound } from "../errors";

export async function getPayment(actor: Actor, paymentId: string) {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: { booking: { select: { userId: true, trip: { select: { vendorId: true } } } }, refunds: true },
    omit: { clientSecret: false },
  });
  const relation = payment ? relationTo(actor, payment.booking) : null;
  if (!payment || !relation) throw notFound("Payment");
  return { payment, relation };
}
