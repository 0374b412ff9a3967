import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** A vendor with one published trip and one departure of the given capacity, made directly in the database. */
export async function makeDeparture({ capacity = 7, price = 10_000, startsInDays = 30 } = {}) {
  const vendor = await db.user.create({
    data: {
      email: `vendor-${randomUUID().slice(0, 8)}@test.travellr.dev`,
      passwordHash: "x",
      name: "Test Vendor",
      role: "vendor",
    },
  });
  const trip = await db.trip.create({
    data: {
      vendorId: vendor.id,
      title: `Test trip ${randomUUID().slice(0, 6)}`,
      description: "A trip made by the integration tests.",
      city: "Testville",
      country: "Testland",
      pricePerSeat: price,
      durationDays: 2,
      status: "published",
    },
  });
  const departure = await db.departure.create({
    data: {
      tripId: trip.id,
      startsAt: new Date(Date.now() + startsInDays * 86_400_000),
      timeZone: "Europe/Lisbon",
      capacity,
    },
  });
  return { vendor, trip, departure };
}

/** Travellers made directly in the database (no password hashing: these never log in). */
export async function makeTravellers(n: number): Promise<Actor[]> {
  const rows = Array.from({ length: n }, () => ({
    email: `traveller-${randomUUID().slice(0, 12)}@test.travellr.dev`,
    passwordHash: "x",
    name: "Test Traveller",
    role: "traveller" as const,
  }));
  await db.user.createMany({ data: rows });
  const users = await db.user.findMany({ where: { email: { in: rows.map((r) => r.email) } } });
  return users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role }));
}
