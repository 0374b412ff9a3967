import "server-only";
import type { BookingStatus } from "@prisma/client";
import { db } from "../db";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { bookingChanged } from "../cache/entries";
import { publishEvent } from "../events/publish-event";

/**
 * Ends an unpaid hold: the booking becomes `expired` and its seats are released, once. A booking that was paid
 * (confirmed) or whose hold has not run out yet is left alone, so running this twice or late is harmless.
 */
export async function expireBooking(bookingId: string, { now = new Date(), force = false } = {}) {
  const result = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: BookingStatus; holdExpiresAt: Date }[]>`
      SELECT status, "holdExpiresAt" FROM bookings WHERE id = ${bookingId} FOR UPDATE`;
    if (!row || row.status !== "pending") return { expired: false as const, reason: row ? row.status : "missing" };
    if (!force && row.holdExpiresAt > now)
      return { expired: false as const, reason: "hold_active", holdExpiresAt: row.holdExpiresAt };
    const booking = await tx.booking.update({
      where: { id: bookingId },
      data: { status: "expired", expiredAt: now },
      include: { trip: { select: { vendorId: true } } },
    });
    await tx.$executeRaw`UPDATE departures SET "seatsTaken" = "seatsTaken" - ${booking.seats}, "updatedAt" = now() WHERE id = ${booking.departureId}`;
    await publishEvent(
      tx,
      events.bookingExpired,
      {
        bookingId,
        userId: booking.userId,
        tripId: booking.tripId,
        departureId: booking.departureId,
        vendorId: booking.trip.vendorId,
        seats: booking.seats,
        amount: booking.totalAmount,
        currency: booking.currency,
      },
      `booking/expired:${bookingId}`,
    );
    return { expired: true as const, reason: "expired", tripId: booking.tripId };
  });
  if (result.expired) {
    kickOutbox();
    await bookingChanged({ bookingIds: [bookingId], tripIds: [result.tripId], seats: true });
  }
  return result;
}
