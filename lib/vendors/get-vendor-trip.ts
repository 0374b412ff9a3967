import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { loadManagedTrip } from "../trips/access";

/** A trip with all its departures and their seat counts, for its vendor's management page. */
export async function getVendorTrip(actor: Actor, tripId: string) {
  const trip = await loadManagedTrip(actor, tripId);
  const departures = await db.departure.findMany({
    where: { tripId },
    orderBy: { startsAt: "asc" },
    include: { _count: { select: { bookings: { where: { status: { in: ["pending", "confirmed"] } } } } } },
  });
  return { trip, departures };
}
