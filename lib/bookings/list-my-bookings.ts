import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/** The traveller's own bookings, upcoming departures first, then past ones. */
export async function listMyBookings(actor: Actor, now = new Date()) {
  const bookings = await db.booking.findMany({
    where: { userId: actor.id },
    include: {
      trip: { select: { id: true, title: true, city: true, country: true, images: true } },
      departure: { select: { startsAt: true, timeZone: true } },
    },
    orderBy: { departure: { startsAt: "asc" } },
    take: 200,
  });
  return {
    upcoming: bookings.filter((b) => b.departure.startsAt > now),
    past: bookings.filter((b) => b.departure.startsAt <= now).reverse(),
  };
}
