import "server-only";
import { cached } from "../cache/cache";
import { TTL, keys, tags } from "../cache/entries";
import { db } from "../db";
import { notFound } from "../errors";
import { tripRating } from "../reviews/rules";

/**
 * What the trip page says about its operator: the rating is over the visible reviews of all their published trips.
 * Every view of every one of the vendor's trips asks for it, so it is cached (5 min) under `vendor-trips:<vendorId>`,
 * which every trip write (publish, archive, edit) and every review write (new, edited, hidden, shown) invalidates.
 */
export function getOperatorSummary(vendorId: string) {
  return cached(
    keys.operatorSummary(vendorId),
    { ttlSeconds: TTL.operator, tags: [tags.vendorTrips(vendorId)] },
    async () => {
      const totals = await db.trip.aggregate({
        where: { vendorId, status: "published" },
        _count: { _all: true },
        _sum: { ratingSum: true, ratingCount: true },
      });
      return {
        publishedTrips: totals._count._all,
        rating: tripRating({ ratingSum: totals._sum.ratingSum ?? 0, ratingCount: totals._sum.ratingCount ?? 0 }),
      };
    },
  );
}

/** An operator's public page: the profile and published trips, each with its next bookable departure. */
export async function getOperator(vendorId: string, now = new Date()) {
  const vendor = await db.user.findFirst({
    where: { id: vendorId, role: "vendor", vendorProfile: { isNot: null } },
    select: { id: true, vendorProfile: { select: { displayName: true, bio: true } } },
  });
  if (!vendor?.vendorProfile) throw notFound("Operator");
  const trips = await db.trip.findMany({
    where: { vendorId, status: "published" },
    orderBy: { title: "asc" },
    include: {
      departures: {
        where: { status: "scheduled", startsAt: { gt: now }, seatsTaken: { lt: db.departure.fields.capacity } },
        orderBy: { startsAt: "asc" },
        take: 1,
      },
    },
  });
  const ratingSum = trips.reduce((sum, t) => sum + t.ratingSum, 0);
  const ratingCount = trips.reduce((sum, t) => sum + t.ratingCount, 0);
  return {
    id: vendor.id,
    displayName: vendor.vendorProfile.displayName,
    bio: vendor.vendorProfile.bio,
    trips,
    rating: tripRating({ ratingSum, ratingCount }),
  };
}
