import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { loadManagedTrip } from "./access";
import type { UpdateTripInput } from "./schemas";

/** Edits a trip. Bookings keep the price they were made at, so price changes only affect new bookings. */
export async function updateTrip(actor: Actor, tripId: string, input: UpdateTripInput) {
  return db.$transaction(async (tx) => {
    await loadManagedTrip(actor, tripId, tx);
    const trip = await tx.trip.update({ where: { id: tripId }, data: input });
    await recordAudit(tx, { actorId: actor.id, action: "trip.updated", entityType: "trip", entityId: tripId, data: { fields: Object.keys(input) } });
    return trip;
  });
}

/** DELETE archives: the trip leaves search and new bookings stop; existing bookings are untouched. */
export function archiveTrip(actor: Actor, tripId: string) {
  return updateTrip(actor, tripId, { status: "archived" });
}
