import "server-only";
import type { Tx } from "../db";

// Row locks are taken in one fixed order — booking, then its payments — by every handler that moves money, so
// concurrent ones serialise without deadlocks. A locked payment row also freezes `refundReserved` (see refundable.ts):
// whoever holds the lock may compute what is still refundable and create a refund without a race.

export async function lockBookingAndPayment(tx: Tx, bookingId: string, paymentId: string) {
  await tx.$queryRaw`SELECT id FROM bookings WHERE id = ${bookingId} FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM payments WHERE id = ${paymentId} FOR UPDATE`;
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    include: { trip: { select: { vendorId: true, title: true } } },
  });
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return { booking, payment };
}

/** Every payment of a booking, locked (the caller holds the booking's lock already), newest first. */
export async function lockBookingPayments(tx: Tx, bookingId: string) {
  await tx.$queryRaw`SELECT id FROM payments WHERE "bookingId" = ${bookingId} ORDER BY id FOR UPDATE`;
  return tx.payment.findMany({ where: { bookingId }, orderBy: { createdAt: "desc" } });
}
