import "server-only";
import type { Tx } from "../db";

/** Row locks taken in a fixed order (booking, then payment) so concurrent handlers serialise without deadlocks. */
export async function lockBookingAndPayment(tx: Tx, bookingId: string, paymentId: string) {
  await tx.$queryRaw`SELECT id FROM bookings WHERE id = ${bookingId} FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM payments WHERE id = ${paymentId} FOR UPDATE`;
  const booking = await tx.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { trip: { select: { vendorId: true, title: true } } } });
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return { booking, payment };
}
