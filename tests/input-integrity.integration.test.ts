// Bad input never reaches PostgreSQL or Stripe as a 500/503: prices Stripe cannot charge are refused when they are set
// (not when a traveller pays), and a NUL that slips past the edge is a 400, not a 500. Real database and Stripe stand-in.
import { describe, expect, test } from "vitest";
import { errorResponse } from "@/lib/api/errors";
import type { Actor } from "@/lib/auth/actor";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { addDeparture } from "@/lib/trips/add-departure";
import { CreateDepartureInput } from "@/lib/trips/schemas";
import { updateTrip } from "@/lib/trips/update-trip";
import { makeDeparture, makeTravellers } from "./support/catalogue";

const actorOf = (u: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
});
const departureInput = (priceOverride: number | null) =>
  CreateDepartureInput.parse({ startsAt: "2031-05-01T09:00", timeZone: "Asia/Tokyo", capacity: 4, priceOverride });
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => e,
  );

async function tripIn(currency: string, price: number) {
  const { vendor, trip } = await makeDeparture({ price });
  await db.trip.update({ where: { id: trip.id }, data: { currency } });
  return { vendor: actorOf(vendor), tripId: trip.id };
}

describe("departure prices Stripe cannot charge are a 422 when set", () => {
  test.each([
    ["usd", 49, false],
    ["usd", 50, true],
    ["gbp", 29, false],
    ["gbp", 30, true],
    ["jpy", 49, false],
    ["jpy", 50, true],
    ["sek", 299, false],
  ])("a %s override of %i: accepted %s", async (currency, priceOverride, ok) => {
    const { vendor, tripId } = await tripIn(currency, 20_000);
    const result = await rejection(addDeparture(vendor, tripId, departureInput(priceOverride)));
    if (ok) expect(result).toBe("ok");
    else
      expect(result).toMatchObject({
        status: 422,
        code: "validation_failed",
        details: { fieldErrors: { priceOverride: [expect.stringContaining("at least")] } },
      });
    expect(await db.departure.count({ where: { tripId, priceOverride } })).toBe(ok ? 1 : 0);
  });

  test("the smallest accepted price can really be paid: the booking gets its PaymentIntent (no 503)", async () => {
    for (const currency of ["usd", "jpy"]) {
      const { vendor, tripId } = await tripIn(currency, 20_000);
      await db.trip.update({ where: { id: tripId }, data: { status: "published" } });
      const departure = await addDeparture(vendor, tripId, departureInput(50));
      const [traveller] = await makeTravellers(1);
      const { payment } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
      expect(payment).toMatchObject({ amount: 50, currency });
      expect(payment.stripePaymentIntentId).toMatch(/^pi_/);
    }
  });
});

describe("trip price and currency changes are checked against Stripe's minimum", () => {
  test("a price below the minimum of the stored currency", async () => {
    const { vendor, tripId } = await tripIn("czk", 20_000);
    await expect(updateTrip(vendor, tripId, { pricePerSeat: 1_499 })).rejects.toMatchObject({
      status: 422,
      details: { fieldErrors: { pricePerSeat: [expect.stringContaining("15.00 CZK")] } },
    });
    await expect(updateTrip(vendor, tripId, { pricePerSeat: 1_500 })).resolves.toMatchObject({ pricePerSeat: 1_500 });
  });

  test("a new currency whose minimum the price or a departure's override does not reach", async () => {
    const { vendor, tripId } = await tripIn("usd", 1_000);
    await addDeparture(vendor, tripId, departureInput(60));
    await expect(updateTrip(vendor, tripId, { currency: "czk" })).rejects.toMatchObject({
      status: 422,
      details: { fieldErrors: { pricePerSeat: [expect.any(String)] } },
    });
    await expect(updateTrip(vendor, tripId, { currency: "sek" })).rejects.toMatchObject({
      status: 422,
      details: { fieldErrors: { currency: [expect.stringContaining("price override (60")] } },
    });
    await expect(updateTrip(vendor, tripId, { currency: "gbp" })).resolves.toMatchObject({ currency: "gbp" });
    expect((await db.trip.findUniqueOrThrow({ where: { id: tripId } })).currency).toBe("gbp");
  });

  test("edits that do not touch the price are not blocked by it", async () => {
    const { vendor, tripId } = await tripIn("usd", 1_000);
    await db.trip.update({ where: { id: tripId }, data: { pricePerSeat: 10 } }); // a legacy row below the minimum
    await expect(updateTrip(vendor, tripId, { title: "Renamed trip" })).resolves.toMatchObject({
      title: "Renamed trip",
    });
  });
});

describe("a NUL that reaches PostgreSQL is a 400, not a 500", () => {
  test.each([
    ["a text parameter (22021)", () => db.user.findUnique({ where: { id: "a\u0000b" } })],
    ["a jsonb value (22P05)", () => db.$executeRaw`SELECT ${JSON.stringify({ a: "\u0000" })}::jsonb`],
  ])("%s", async (_name, query) => {
    const error = await rejection(query());
    expect(error).not.toBe("ok");
    const res = errorResponse(error, { method: "GET", path: "/api/v1/users/%00" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("bad_request");
  });
});
