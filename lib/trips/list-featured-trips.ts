import "server-only";
import { db } from "../db";

/** Published trips with the soonest upcoming departure first, for the home page. */
export async function listFeaturedTrips(limit = 8, now = new Date()) {
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

export async function listDestinations() {
  const rows = await db.trip.groupBy({
    by: ["city", "country"],
    where: { status: "published" },
    _count: { _all: true },
    _min: { pricePerSeat: true },
    orderBy: { city: "asc" },
  });
  return rows.map((r) => ({ city: r.city, country: r.country, trips: r._count._all, fromPrice: r._min.pricePerSeat ?? 0 }));
}
