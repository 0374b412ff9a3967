// Demo data for a fresh database: the three demo accounts (admin@, vendor@ and traveller@example.com, password travellr-demo), six operators and a catalogue of trips with
// future departures in their destinations' own time zones. Runs only when the database has no users.
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "../lib/auth/password";
import { DEMO_PASSWORD, DESTINATION_VENDOR, DESTINATIONS, VENDORS, imageUrls } from "./seed-data";
import { tripContent } from "./seed-content";
import { seedReviews } from "./seed-reviews";

const START_HOURS = [7, 8, 9, 10];

function describe(trip: (typeof DESTINATIONS)[number]["trips"][number], city: string, country: string) {
  const length = trip.days === 1 ? "a full day" : `${trip.days} days`;
  return [
    `Spend ${length} in and around ${city}, ${country}: ${trip.summary}.`,
    `Groups are small (never more than sixteen travellers) and led by a local guide who lives in the region, so you see the places the guidebooks miss and meet the people who make them special.`,
    `Included: guiding throughout, all activities listed, ${trip.days > 1 ? "accommodation, breakfasts and " : ""}entrance fees and local transport. Not included: flights and travel insurance.`,
  ].join("\n\n");
}

export async function seedDemoData(
  db: PrismaClient,
  now = new Date(),
): Promise<{ seeded: boolean; trips: number; departures: number }> {
  if ((await db.user.count()) > 0) return { seeded: false, trips: 0, departures: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.user.createMany({
    data: [
      { email: "admin@example.com", name: "Ada Admin", role: "admin", passwordHash },
      {
        email: "traveller@example.com",
        name: "Theo Traveller",
        role: "traveller",
        passwordHash,
        phone: "+1 555 010 2030",
      },
    ],
  });
  const vendorIds: string[] = [];
  for (const v of VENDORS) {
    const user = await db.user.create({
      data: {
        email: v.email,
        name: v.name,
        role: "vendor",
        passwordHash,
        vendorProfile: {
          create: { displayName: v.company, bio: `${v.company} runs small-group trips with local guides.` },
        },
      },
    });
    vendorIds.push(user.id);
  }

  let trips = 0;
  let departures = 0;
  for (const [d, dest] of DESTINATIONS.entries()) {
    for (const [t, trip] of dest.trips.entries()) {
      const created = await db.trip.create({
        data: {
          vendorId: vendorIds[DESTINATION_VENDOR[dest.slug] ?? 0],
          title: trip.title,
          description: describe(trip, dest.city, dest.country),
          city: dest.city,
          country: dest.country,
          pricePerSeat: trip.price,
          durationDays: trip.days,
          cancellationPolicy: trip.policy,
          images: imageUrls(dest.slug)
            .slice(t % 3)
            .concat(imageUrls(dest.slug).slice(0, t % 3)),
          status: "published",
          ...tripContent(trip, dest, t),
        },
      });
      trips++;
      const count = 4 + ((d + t) % 3);
      const rows = Array.from({ length: count }, (_, k) => {
        const day = addDays(now, 5 + ((d * 3 + t * 2) % 9) + k * (7 + ((t + k) % 6)));
        // the departure starts at a local morning hour in the destination's own zone
        const local = new TZDate(
          day.getUTCFullYear(),
          day.getUTCMonth(),
          day.getUTCDate(),
          START_HOURS[(d + k) % 4],
          0,
          0,
          dest.timeZone,
        );
        return {
          tripId: created.id,
          startsAt: new Date(local.getTime()),
          timeZone: dest.timeZone,
          capacity: 8 + ((d + t + k) % 5) * 2,
          priceOverride: k === count - 1 && trip.price > 20000 ? Math.round((trip.price * 0.9) / 500) * 500 : null,
        };
      });
      await db.departure.createMany({ data: rows });
      departures += rows.length;
    }
  }
  await seedReviews(db, passwordHash, now);
  return { seeded: true, trips, departures };
}
