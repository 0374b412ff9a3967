import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/** The latest bookings on the vendor's trips, cancellations and refunds included. */
export async function listVendorBookings(actor: Actor, limit = 20) {
  return db.booking.findMany({
    where: { trip: { vendorId: actor.id } },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: {
      trip: { select: { title: true } },
      departure: { select: { startsAt: true, timeZone: true } },
      user: { select: { name: true } },
      refunds: { where: { status: "succeeded" }, select: { amount: true } },
    },
  });
}
