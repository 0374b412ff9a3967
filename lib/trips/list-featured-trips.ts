import "server-only";
import { cached } from "../cache/cache";
import { TTL, keys, tags } from "../cache/entries";
import { db } from "../db";

/** Published trips with the soonest upcoming departure first, for the home page. */
export function listFeaturedTrips(limit = 8, now?: Date) {
  if (now) return loadFeaturedTrips(limit, now);
  return cached(keys.featured(limit), { ttlSeconds: TTL.catalogue, tags: [tags.catalogue] }, () =>
    loadFeaturedTrips(limit, new Date()),
  );
}

async function loadFeaturedTrips(limit: number, now: Date) {
  const trips = await db.trip.findMany({
    where: { status: "published", departures: { some: { status: "scheduled", startsAt: { gt: now } } } },
    include: {
      vendor: { select: { vendorProfile: { select: { displayName: true } } } },
      departures: { where: { status: "scheduled", startsAt: { gt: now } }, orderBy: { startsAt: "asc" }, take: 1 },
    },
    orderBy: [{ createdAt: "asc" }],
    take: 48,
  });
  // spread across destinations so the page shows variety
  const seen = new Set<string>();
  const picked = trips.filter((t) => (seen.has(t.city) ? false : (seen.add(t.city), true)));
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
