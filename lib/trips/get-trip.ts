import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { notFound } from "../errors";

/** A trip as the public sees it: published trips for everyone, drafts only for their vendor and admins. */
export async function getTripForViewer(viewer: Actor | null, tripId: string, now = new Date()) {
  const trip = await db.trip.findUnique({
    where: { id: tripId },
    include: {
      vendor: { select: { id: true, vendorProfile: { select: { displayName: true, bio: true } } } },
      departures: { where: { status: "scheduled", startsAt: { gt: now } }, orderBy: { startsAt: "asc" } },
    },
  });
  if (!trip) throw notFound("Trip");
  const isOwner = viewer?.id === trip.vendorId || (viewer ? can(viewer.role, "trips:manage_any") : false);
  if (trip.status !== "published" && !isOwner) throw notFound("Trip");
  return {
    ...trip,
    departures: trip.departures.map((d) => ({ ...d, seatsLeft: Math.max(0, d.capacity - d.seatsTaken) })),
  };
}
