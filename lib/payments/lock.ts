import "server-only";
import type { Booking, Payment } from "@prisma/client";
import type { Tx } from "../db";
import { type SqlClient, sql, sqlRows } from "../db-pool";

// Row locks are taken in one fixed order — booking, then its payments — by every handler that moves money, so
// concurrent ones serialise without deadlocks. A locked payment row also freezes `refundReserved` (see refundable.ts):
// whoever holds the lock may compute what is still refundable and create a refund without a race.

export async function lockBookingAndPayment(tx: SqlClient, bookingId: string, paymentId: string) {
  // two statements, each locking and reading its row (the booking with its trip's vendor and title)
  const [booking] = await sqlRows<Booking & { trip: { vendorId: string; title: string } }>(
    tx,
    sql`
    SELECT b.*, jsonb_build_object('vendorId', t."vendorId", 'title', t.title) AS trip
    FROM bookings b JOIN trips t ON t.id = b."tripId"
    WHERE b.id = ${bookingId} FOR UPDATE OF b`,
  );
  // every column but the client secret, which the ORM omits by default too (lib/db.ts)
  const [payment] = await sqlRows<Omit<Payment, "clientSecret">>(
    tx,
    sql`
    SELECT id, "bookingId", amount, "refundedAmount", "refundReserved", currency, status, "stripePaymentIntentId",
      "failureCode", "failureMessage", "succeededAt", "createdAt", "updatedAt"
    FROM payments WHERE id = ${paymentId} FOR UPDATE`,
  );
  if (!booking || !payment) throw new Error(`booking ${bookingId} or its payment ${paymentId} not found`);
  return { booking, payment };
}

/** Every payment of a booking, locked (the caller holds the booking's lock already), newest first. */
export async function lockBookingPayments(tx: Tx, bookingId: string) {
  await tx.$queryRaw`SELECT id FROM payments WHERE "bookingId" = ${bookingId} ORDER BY id FOR UPDATE`;
  return tx.payment.findMany({ where: { bookingId }, orderBy: { createdAt: "desc" } });
}
