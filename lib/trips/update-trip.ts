import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { tripChanged } from "../cache/entries";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { assertChargeable, belowMinimumMessage } from "../money/currencies";
import { loadManagedTrip } from "./access";
import { TripItinerary } from "./schemas";
import type { UpdateTripInput } from "./schemas";

/** Edits a trip. Bookings keep the price they were made at, so price changes only affect new bookings. */
export async function updateTrip(actor: Actor, tripId: string, input: UpdateTripInput) {
  const updated = await db.$transaction(async (tx) => {
    const current = await loadManagedTrip(actor, tripId, tx);
    if (input.pricePerSeat !== undefined || input.currency !== undefined)
      await assertPricesChargeable(tx, current, input);
    assertItineraryFits(current, input);
    const trip = await tx.trip.update({ where: { id: tripId }, data: input });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "trip.updated",
      entityType: "trip",
      entityId: tripId,
      data: { fields: Object.keys(input) },
    });
    return trip;
  });
  await tripChanged({ tripId, vendorId: updated.vendorId });
  return updated;
}

/** The new price, or the old prices in a new currency, must be amounts Stripe can charge (422 otherwise, not 503 at checkout). */
async function assertPricesChargeable(
  tx: Tx,
  current: { id: string; pricePerSeat: number; currency: string },
  input: UpdateTripInput,
) {
  const currency = input.currency ?? current.currency;
  assertChargeable(input.pricePerSeat ?? current.pricePerSeat, currency, "pricePerSeat");
  if (currency === current.currency) return;
  const cheapest = await tx.departure.findFirst({
    where: { tripId: current.id, status: "scheduled", priceOverride: { not: null } },
    orderBy: { priceOverride: "asc" },
    select: { priceOverride: true },
  });
  const override = cheapest?.priceOverride ?? null;
  const message = override === null ? null : belowMinimumMessage(override, currency);
  if (message) {
    const text = `a departure's price override (${override} minor units) would be below Stripe's minimum in ${currency.toUpperCase()}: it ${message}`;
    throw new AppError("validation_failed", `currency cannot change: ${text}`, {
      details: { formErrors: [], fieldErrors: { currency: [text] } },
    });
  }
}

/** The itinerary (new or stored) must fit the duration (new or stored): a shortened trip cannot keep a day 5. */
function assertItineraryFits(current: { durationDays: number; itinerary: unknown }, input: UpdateTripInput) {
  if (input.itinerary === undefined && input.durationDays === undefined) return;
  const duration = input.durationDays ?? current.durationDays;
  const stored = TripItinerary.safeParse(current.itinerary);
  const days = input.itinerary ?? (stored.success ? stored.data : []);
  const last = days.at(-1)?.day ?? 0;
  if (last <= duration) return;
  const text = `Itinerary days must be within the trip's ${duration} days (the itinerary has a day ${last})`;
  const field = input.itinerary === undefined ? "durationDays" : "itinerary";
  throw new AppError("validation_failed", text, { details: { formErrors: [], fieldErrors: { [field]: [text] } } });
}
