import "server-only";
import type { Actor } from "../auth/actor";
import { cached } from "../cache/cache";
import { TTL, keys, tags } from "../cache/entries";
import { db } from "../db";
import { notFound } from "../errors";
import { relationTo } from "../auth/booking-access";

function loadBooking(bookingId: string) {
  return db.booking.findUnique({
    where: { id: bookingId },
    include: {
      trip: {
        select: {
          id: true,
          title: true,
          city: true,
          country: true,
          vendorId: true,
          images: true,
          cancellationPolicy: true,
          durationDays: true,
          vendor: { select: { name: true, vendorProfile: { select: { displayName: true } } } },
        },
      },
      departure: { select: { id: true, startsAt: true, timeZone: true, status: true } },
      payments: { orderBy: { createdAt: "desc" }, omit: { clientSecret: false } },
      refunds: { orderBy: { createdAt: "asc" } },
      user: { select: { name: true, email: true } },
    },
  });
}

/**
 * A booking with its trip, departure, payments and refunds, for its traveller, the trip's vendor or an admin. Reads
 * come from the cache (30 min; every booking, payment and refund writer invalidates `booking:<id>`); use cases that
 * decide a write from it pass `fresh: true` so they never act on a copy. The relation is checked after the read.
 */
export async function getBooking(actor: Actor, bookingId: string, options: { fresh?: boolean } = {}) {
  const booking = options.fresh
    ? await loadBooking(bookingId)
    : await cached(
        keys.booking(bookingId),
        {
          ttlSeconds: TTL.booking,
          tags: [tags.booking(bookingId), tags.tripContent, tags.userProfile, tags.vendorProfile],
        },
        () => loadBooking(bookingId),
      );
  const relation = booking ? relationTo(actor, booking) : null;
  if (!booking || !relation) throw notFound("Booking");
  return { booking, relation };
}
