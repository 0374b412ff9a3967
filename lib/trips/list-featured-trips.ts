import "server-only";
import { cached } from "../cache/cache";
import { TTL, keys, tags } from "../cache/entries";
import { db } from "../db";

/** Published trips ordered by their next departure that still has seats ("Departing soon" on the home page). */
export function listFeaturedTrips(limit = 8, now?: Date) {
  if (now) return loadFeaturedTrips(limit, now);
  return cached(keys.featured(limit), { ttlSeconds: TTL.catalogue, tags: [tags.catalogue] }, () =>
    loadFeaturedTrips(limit, new Date()),
  );
}

async function loadFeaturedTrips(limit: number, now: Date) {
  const bookable = {
    status: "scheduled",
    startsAt: { gt: now },
    seatsTaken: { lt: db.departure.fields.capacity },
  } as const;
  // the soonest bookable departure of each published trip, soonest first; more than `limit`, since only one trip per
  // city is kept below
  const soonest = await db.departure.groupBy({
    by: ["tripId"],
    where: { ...bookable, trip: { status: "published" } },
    _min: { startsAt: true },
    orderBy: { _min: { startsAt: "asc" } },
    take: limit * 6,
  });
  const trips = await db.trip.findMany({
    where: { id: { in: soonest.map((s) => s.tripId) }, status: "published" },
    include: {
      vendor: { select: { vendorProfile: { select: { displayName: true } } } },
      departures: { where: bookable, orderBy: { startsAt: "asc" }, take: 1 },
    },
  });
  const byId = new Map(trips.map((t) => [t.id, t]));
  const ordered = soonest.flatMap((s) => byId.get(s.tripId) ?? []).filter((t) => t.departures.length > 0);
  // spread across destinations so the page shows variety: each city's soonest trip
  const seen = new Set<string>();
  const picked = ordered.filter((t) => (seen.has(t.city) ? false : (seen.add(t.city), true)));
  return picked.slice(0, limit);
}

export function listDestinations() {
  return cached(keys.destinations, { ttlSeconds: TTL.catalogue, tags: [tags.catalogue] }, loadDestinations);
}

async function loadDestinations() {
  const rows = await db.trip.groupBy({
    by: ["city", "country"],
    where: { status: "published" },
    _count: { _all: true },
    _min: { pricePerSeat: true },
    orderBy: { city: "asc" },
  });
  return rows.map((r) => ({
    city: r.city,
    country: r.country,
    trips: r._count._all,
    fromPrice: r._min.pricePerSeat ?? 0,
  }));
}
