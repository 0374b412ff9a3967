import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { cancelBooking } from "../bookings/cancel-booking";
import { tripChanged } from "../cache/entries";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { loadManagedTrip } from "./access";

/** Cancels a departure and every pending or confirmed booking on it, each refunded in full. */
export async function cancelDeparture(actor: Actor, departureId: string, now = new Date()) {
  const departure = await db.departure.findUnique({ where: { id: departureId } });
  if (!departure) throw notFound("Departure");
  const trip = await loadManagedTrip(actor, departure.tripId);
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.departure.updateMany({
      where: { id: departureId, status: "scheduled" },
      data: { status: "cancelled", cancelledAt: now },
    });
    if (count === 0) throw new AppError("invalid_state", "This departure is already cancelled");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "departure.cancelled",
      entityType: "departure",
      entityId: departureId,
    });
    return tx.departure.findUniqueOrThrow({ where: { id: departureId } });
  });
  await tripChanged({ tripId: departure.tripId, vendorId: trip.vendorId });
  // from here no new booking can be made; each existing one is cancelled (and refunded) on its own
  const bookings = await db.booking.findMany({
    where: { departureId, status: { in: ["pending", "confirmed"] } },
    select: { id: true },
  });
  let cancelled = 0;
  for (const { id } of bookings) {
    try {
      await cancelBooking(actor, id, { reason: "departure_cancelled" }, now);
      cancelled++;
    } catch (error) {
      // cancelled meanwhile by its traveller: nothing left to do for it
      if (!(error instanceof AppError && error.code === "invalid_state")) throw error;
    }
  }
  return { departure: updated, cancelledBookings: cancelled };
}
