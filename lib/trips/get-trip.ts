import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { cached } from "../cache/cache";
import { TTL, keys, tags } from "../cache/entries";
import { db } from "../db";
import { notFound } from "../errors";

/**
 * The trip with its vendor and every scheduled departure, whatever the viewer: cached as data (5 min, invalidated by
 * bookings, trip/departure edits and vendor profile edits). Who may see it is decided after the read.
 */
function loadTrip(tripId: string) {
  return cached(keys.trip(tripId), { ttlSeconds: TTL.trip, tags: [tags.trip(tripId), tags.vendorProfile] }, () =>
    db.trip.findUnique({
      where: { id: tripId },
      include: {
        vendor: { select: { id: true, vendorProfile: { select: { displayName: true, bio: true } } } },
        departures: { where: { status: "scheduled", startsAt: { gt: new Date() } }, orderBy: { startsAt: "asc" } },
      },
    }),
  );
}

/** A trip as the public sees it: published trips for everyone, drafts only for their vendor and admins. */
export async function getTripForViewer(viewer: Actor | null, tripId: string, now = new Date()) {
  const trip = await loadTrip(tripId);
  if (!trip) throw notFound("Trip");
  const isOwner = viewer?.id === trip.vendorId || (viewer ? can(viewer.role, "trips:manage_any") : false);
  if (trip.status !== "published" && !isOwner) throw notFound("Trip");
  return {
    ...trip,
    // filtered again here: a departure that started since the entry was computed is no longer upcoming
    departures: trip.departures
      .filter((d) => d.startsAt > now)
      .map((d) => ({ ...d, seatsLeft: Math.max(0, d.capacity - d.seatsTaken) })),
  };
}
