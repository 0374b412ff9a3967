import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/** A vendor's trips with their upcoming departures and seat counts, for the vendor dashboard. */
export async function getVendorOverview(actor: Actor, now = new Date()) {
  const trips = await db.trip.findMany({
    where: { vendorId: actor.id },
    include: { departures: { where: { status: "scheduled", startsAt: { gt: now } }, orderBy: { startsAt: "asc" } } },
    orderBy: [{ status: "asc" }, { title: "asc" }],
  });
  const rows = trips.map((t) => {
    const capacity = t.departures.reduce((s, d) => s + d.capacity, 0);
    const taken = t.departures.reduce((s, d) => s + d.seatsTaken, 0);
    return { ...t, upcoming: t.departures.length, capacity, taken, next: t.departures[0] ?? null };
  });
  return {
    trips: rows,
    totals: {
      published: rows.filter((r) => r.status === "published").length,
      upcomingDepartures: rows.reduce((s, r) => s + r.upcoming, 0),
      seatsTaken: rows.reduce((s, r) => s + r.taken, 0),
      seatsOffered: rows.reduce((s, r) => s + r.capacity, 0),
    },
  };
}
