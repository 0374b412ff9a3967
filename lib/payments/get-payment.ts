import "server-only";
import type { Actor } from "../auth/actor";
import { relationTo } from "../auth/booking-access";
import { cached } from "../cache/cache";
import { TTL, keys, tags } from "../cache/entries";
import { db } from "../db";
import { notFound } from "../errors";

/**
 * A payment with its refunds, cached 5 min (every payment and refund writer invalidates `payment:<id>`). Whether the
 * actor may see it is decided after the read, from the booking's traveller and vendor.
 */
export async function getPayment(actor: Actor, paymentId: string) {
  const payment = await cached(
    keys.payment(paymentId),
    { ttlSeconds: TTL.payment, tags: [tags.payment(paymentId)] },
    () =>
      db.payment.findUnique({
        where: { id: paymentId },
        include: { booking: { select: { userId: true, trip: { select: { vendorId: true } } } }, refunds: true },
        omit: { clientSecret: false },
      }),
  );
  const relation = payment ? relationTo(actor, payment.booking) : null;
  if (!payment || !relation) throw notFound("Payment");
  return { payment, relation };
}
