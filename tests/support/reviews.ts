import { randomUUID } from "node:crypto";
import type { BookingStatus } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { makeDeparture, makeTravellers } from "./catalogue";
import { asActor } from "./payouts";

/** A vendor's published trip in a city of its own (so a search by destination finds only it) with one departure. */
export async function reviewableTrip() {
  const { vendor, trip, departure } = await makeDeparture({ capacity: 50 });
  const city = `Reviewtown ${randomUUID().slice(0, 8)}`;
  await db.trip.update({ where: { id: trip.id }, data: { city } });
  return { vendor: asActor(vendor), trip: { ...trip, city }, departure };
}

/**
 * A booking in the given status written straight to the database (no payment): reviews only look at the booking's
 * owner and status, and a completed booking without money entries reconciles (nothing held, nothing released).
 */
export async function bookingOn(
  departure: { id: string; tripId: string },
  { status = "completed", traveller }: { status?: BookingStatus; traveller?: Actor } = {},
) {
  const owner = traveller ?? (await makeTravellers(1))[0];
  const now = new Date();
  const booking = await db.booking.create({
    data: {
      userId: owner.id,
      tripId: departure.tripId,
      departureId: departure.id,
      seats: 1,
      unitPrice: 10_000,
      totalAmount: 10_000,
      currency: "usd",
      commissionBps: 2000,
      status,
      holdExpiresAt: now,
      confirmedAt: status === "pending" ? null : now,
      completedAt: status === "completed" ? now : null,
    },
  });
  return { traveller: owner, booking };
}

/** The trip's stored totals next to what its visible reviews add up to: the trigger must keep them equal. */
export async function ratingTotals(tripId: string) {
  const trip = await db.trip.findUniqueOrThrow({ where: { id: tripId } });
  const visible = await db.review.aggregate({
    where: { tripId, hiddenAt: null },
    _sum: { rating: true },
    _count: true,
  });
  return {
    stored: { sum: trip.ratingSum, count: trip.ratingCount },
    actual: { sum: visible._sum.rating ?? 0, count: visible._count },
  };
}
