import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { tripChanged } from "../cache/entries";
import { db } from "../db";
import type { CreateTripInput } from "./schemas";

export async function createTrip(actor: Actor, input: CreateTripInput) {
  const created = await db.$transaction(async (tx) => {
    const trip = await tx.trip.create({ data: { ...input, vendorId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "trip.created",
      entityType: "trip",
      entityId: trip.id,
      data: { status: trip.status },
    });
    return trip;
  });
  await tripChanged({ tripId: created.id, vendorId: created.vendorId });
  return created;
}
