// "Departing soon" on the home page: trips in the order of their next bookable departure, one per city.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { listFeaturedTrips } from "@/lib/trips/list-featured-trips";

// Far enough ahead that only this file's departures are upcoming at `now`, whatever else the test database holds.
const now = new Date("2091-01-01T00:00:00Z");
const day = (n: number) => new Date(now.getTime() + n * 86_400_000);
const tag = randomUUID().slice(0, 6);

async function tripIn(
  city: string,
  departures: { startsAt: Date; capacity?: number; seatsTaken?: number }[],
  status: "published" | "draft" = "published",
) {
  const vendor = await db.user.create({
    data: {
      email: `featured-${randomUUID().slice(0, 8)}@test.travellr.dev`,
      passwordHash: "x",
      name: "V",
      role: "vendor",
    },
  });
  return db.trip.create({
    data: {
      vendorId: vendor.id,
      title: `Featured ${city}`,
      description: "A trip made by the featured-trips test.",
      city: `${city}-${tag}`,
      country: "Testland",
      pricePerSeat: 10_000,
      durationDays: 2,
      status,
      departures: {
        create: departures.map((d) => ({
          startsAt: d.startsAt,
          timeZone: "Europe/Lisbon",
          capacity: d.capacity ?? 5,
          seatsTaken: d.seatsTaken ?? 0,
        })),
      },
    },
  });
}

// leave nothing behind that a later run of this file would see as upcoming at the same `now`
afterAll(async () => {
  const trips = await db.trip.findMany({ where: { city: { endsWith: tag } }, select: { id: true, vendorId: true } });
  await db.departure.deleteMany({ where: { tripId: { in: trips.map((t) => t.id) } } });
  await db.trip.deleteMany({ where: { id: { in: trips.map((t) => t.id) } } });
  await db.user.deleteMany({ where: { id: { in: trips.map((t) => t.vendorId) } } });
});

describe("listFeaturedTrips", () => {
  test("orders by the next departure with seats, not by when the trip was created; one trip per city", async () => {
    // created first, departs last
    const late = await tripIn("Alpha", [{ startsAt: day(30) }]);
    // its first departure is sold out: the trip counts from its second one (day 20)
    const soldOutFirst = await tripIn("Beta", [
      { startsAt: day(2), capacity: 4, seatsTaken: 4 },
      { startsAt: day(20) },
    ]);
    const soon = await tripIn("Gamma", [{ startsAt: day(5) }]);
    // same city as `soon`, departing later: left out for variety
    await tripIn("Gamma", [{ startsAt: day(6) }]);
    const soonest = await tripIn("Delta", [{ startsAt: day(1) }, { startsAt: day(40) }]);
    // a draft is never featured, however soon it departs
    await tripIn("Epsilon", [{ startsAt: day(0.5) }], "draft");

    const mine = (await listFeaturedTrips(50, now)).filter((t) => t.city.endsWith(tag));
    expect(mine.map((t) => t.id)).toEqual([soonest.id, soon.id, soldOutFirst.id, late.id]);
    expect(mine.map((t) => t.departures[0].startsAt)).toEqual([day(1), day(5), day(20), day(30)]);
  });
});
