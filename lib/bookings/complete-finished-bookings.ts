import "server-only";
import { db } from "../db";
import { kickOutbox } from "../events/dispatch-outbox";
import { bookingChanged } from "../cache/entries";

interface Completed {
  id: string;
  userId: string;
  tripId: string;
  departureId: string;
  vendorId: string;
  seats: number;
  totalAmount: number;
  currency: string;
}

/**
 * Completes one batch of confirmed bookings whose departure has ended: start + the trip's duration in days, on the
 * departure's own wall clock (so a daylight-saving change in between moves the end by an hour, as it does for the
 * travellers). One UPDATE per batch, with SKIP LOCKED so a concurrent cancel or a second run never blocks or
 * double-completes; their vendor shares are released to `vendor_payable` and `booking/completed` events are written
 * to the outbox in the same transaction. Returns how many bookings it completed (fewer than `batchSize`: none left).
 */
export async function completeFinishedBookings({ now = new Date(), batchSize = 500 } = {}): Promise<number> {
  const done = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Completed[]>`
      UPDATE bookings b SET status = 'completed', "completedAt" = ${now}, "updatedAt" = now()
      FROM (
        SELECT b2.id, t."vendorId" FROM bookings b2
        JOIN departures d ON d.id = b2."departureId" JOIN trips t ON t.id = b2."tripId"
        WHERE b2.status = 'confirmed'
          AND ((d."startsAt" AT TIME ZONE d."timeZone") + make_interval(days => t."durationDays")) AT TIME ZONE d."timeZone" <= ${now}
        ORDER BY b2.id LIMIT ${batchSize} FOR UPDATE OF b2 SKIP LOCKED
      ) due
      WHERE b.id = due.id
      RETURNING b.id, b."userId", b."tripId", b."departureId", due."vendorId", b.seats, b."totalAmount", b.currency`;
    if (rows.length === 0) return [];
    // their vendor shares become available: one release journal per booking, set-based (see postRelease)
    await tx.$executeRaw`
      INSERT INTO ledger_entries (id, "journalId", "journalKey", kind, account, amount, currency, "vendorId", "bookingId", "createdAt")
      SELECT gen_random_uuid()::text, md5(h.key)::uuid::text, h.key, 'release', line.account::"LedgerAccount", line.sign * h.held, h.currency, h."vendorId", h."bookingId", ${now}
      FROM (
        SELECT "bookingId", currency, min("vendorId") AS "vendorId", SUM(amount) AS held, 'release:' || "bookingId" || ':completed:' || currency AS key
        FROM ledger_entries WHERE "bookingId" = ANY(${rows.map((r) => r.id)}::text[]) AND account = 'vendor_pending'
        GROUP BY "bookingId", currency HAVING SUM(amount) <> 0
      ) h CROSS JOIN (VALUES ('vendor_pending', -1), ('vendor_payable', 1)) AS line(account, sign)
      ON CONFLICT ("journalKey", account) DO NOTHING`;
    await tx.eventOutbox.createMany({
      data: rows.map((r) => ({
        name: "booking/completed",
        eventId: `booking/completed:${r.id}`,
        data: {
          bookingId: r.id,
          userId: r.userId,
          tripId: r.tripId,
          departureId: r.departureId,
          vendorId: r.vendorId,
          seats: r.seats,
          amount: r.totalAmount,
          currency: r.currency,
        },
      })),
      skipDuplicates: true,
    });
    await tx.auditLog.createMany({
      data: rows.map((r) => ({
        actorId: null,
        action: "booking.completed",
        entityType: "booking",
        entityId: r.id,
        data: { by: "system" },
      })),
    });
    return rows.map((r) => r.id);
  });
  if (done.length > 0) {
    kickOutbox();
    await bookingChanged({ bookingIds: done });
  }
  return done.length;
}
