import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { tripChanged } from "../cache/entries";
import { db } from "../db";
import { AppError } from "../errors";
import { assertChargeable } from "../money/currencies";
import { loadManagedTrip } from "./access";
import type { CreateDepartureInput } from "./schemas";

export async function addDeparture(actor: Actor, tripId: string, input: CreateDepartureInput, now = new Date()) {
  if (input.startsAt <= now) {
    throw new AppError("validation_failed", "A departure must start in the future", {
      details: { fieldErrors: { startsAt: ["Choose a date and time in the future"] } },
    });
  }
  const { departure: created, vendorId } = await db.$transaction(async (tx) => {
    const trip = await loadManagedTrip(actor, tripId, tx);
    if (trip.status === "archived") throw new AppError("invalid_state", "An archived trip cannot get new departures");
    // a price Stripe cannot charge is refused now (422), not when a traveller tries to pay
    if (input.priceOverride !== null) assertChargeable(input.priceOverride, trip.currency, "priceOverride");
    const departure = await tx.departure.create({
      data: {
        tripId,
        startsAt: input.startsAt,
        timeZone: input.timeZone,
        capacity: input.capacity,
        priceOverride: input.priceOverride,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "departure.created",
      entityType: "departure",
      entityId: departure.id,
      data: { tripId },
    });
    return { departure, vendorId: trip.vendorId };
  });
  await tripChanged({ tripId, vendorId });
  return created;
}
