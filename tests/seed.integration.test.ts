// npm test seeds the test database the way `npm run dev` seeds a fresh one; this checks what was seeded.
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { TripItinerary, isLanguageCode } from "@/lib/trips/schemas";
import { scriptClient } from "@/local/script-db";
import { seedDemoData } from "@/prisma/seed";

test("the demo catalogue meets the spec and seeding twice changes nothing", async () => {
  for (const email of ["admin@example.com", "vendor@example.com", "traveller@example.com"]) {
    expect(await db.user.findUnique({ where: { email } }), email).not.toBeNull();
  }
  expect(await db.user.count({ where: { role: "vendor", vendorProfile: { isNot: null } } })).toBeGreaterThanOrEqual(6);
  // only the seeded catalogue: other tests add trips of their own meanwhile
  const trips = await db.trip.findMany({
    where: { status: "published", vendor: { email: { endsWith: "@example.com" } } },
    include: { departures: true },
  });
  expect(trips.length).toBeGreaterThanOrEqual(40);
  expect(new Set(trips.map((t) => t.city)).size).toBeGreaterThanOrEqual(10);
  expect(new Set(trips.flatMap((t) => t.departures.map((d) => d.timeZone))).size).toBeGreaterThanOrEqual(6);
  for (const trip of trips) {
    expect(trip.departures.filter((d) => d.startsAt > new Date()).length, trip.title).toBeGreaterThanOrEqual(3);
    expect(Number.isInteger(trip.pricePerSeat)).toBe(true);
    // the trip page's content is valid and fits the trip
    const itinerary = TripItinerary.parse(trip.itinerary);
    expect(
      itinerary.map((d) => d.day),
      trip.title,
    ).toEqual(Array.from({ length: trip.durationDays }, (_, i) => i + 1));
    expect(trip.meetingPoint, trip.title).toBeTruthy();
    expect(trip.included.length, trip.title).toBeGreaterThan(0);
    expect(trip.maxGroupSize, trip.title).toBeGreaterThan(0);
    expect(trip.languages.length > 0 && trip.languages.every(isLanguageCode), trip.title).toBe(true);
    for (const image of trip.images) {
      expect(image.startsWith("/"), image).toBe(true);
      expect(existsSync(path.join("public", image)), image).toBe(true);
    }
  }
  const before = await db.trip.count();
  const client = scriptClient(process.env.DATABASE_URL!);
  try {
    expect((await seedDemoData(client)).seeded).toBe(false);
  } finally {
    await client.$disconnect();
  }
  expect(await db.trip.count()).toBe(before);
});
