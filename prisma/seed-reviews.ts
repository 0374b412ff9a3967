// Demo reviews, so trip pages and the "Top rated" sort are not empty on a fresh database: a few past departures with
// completed bookings by demo travellers, about half of the catalogue reviewed (1–4 reviews each, some answered by
// the operator), and one completed booking of traveller@example.com left unreviewed to try the review form. The
// reviews trigger keeps each trip's rating. Bookings are completed without payments: demo history, not money.
import type { PrismaClient } from "@prisma/client";

const REVIEWERS = [
  { email: "maya.patel@example.com", name: "Maya Patel" },
  { email: "lucas.moreau@example.com", name: "Lucas Moreau" },
  { email: "aiko.tanaka@example.com", name: "Aiko Tanaka" },
  { email: "sofia.rossi@example.com", name: "Sofia Rossi" },
  { email: "daniel.okafor@example.com", name: "Daniel Okafor" },
  { email: "emma.schultz@example.com", name: "Emma Schultz" },
] as const;

const REVIEWS: { rating: number; comment: string }[] = [
  { rating: 5, comment: "Our guide knew everyone and everything. Small group, no rushing, and the food was superb." },
  { rating: 4, comment: "Beautifully organised and great value. One long transfer day, otherwise perfect." },
  { rating: 5, comment: "The best few days of our year. Every detail was taken care of, we just enjoyed it." },
  { rating: 3, comment: "Lovely places, but the group was larger than promised on the second day." },
  { rating: 5, comment: "Unforgettable. The local guide made it feel like visiting friends rather than a tour." },
  { rating: 4, comment: "Well paced with real free time. I would book this operator again without hesitation." },
  { rating: 5, comment: "Everything matched the description, and a few surprises on top. Highly recommended." },
];

const REPLY = "Thank you for travelling with us and for taking the time to write this. We hope to see you again!";
const DAY = 86_400_000;

export async function seedReviews(db: PrismaClient, passwordHash: string, now: Date) {
  await db.user.createMany({ data: REVIEWERS.map((r) => ({ ...r, passwordHash, role: "traveller" as const })) });
  const reviewers = await db.user.findMany({
    where: { email: { in: REVIEWERS.map((r) => r.email) } },
    orderBy: { email: "asc" },
  });
  const demo = await db.user.findUniqueOrThrow({ where: { email: "traveller@example.com" } });
  const trips = await db.trip.findMany({
    where: { status: "published" },
    orderBy: { createdAt: "asc" },
    include: { departures: { take: 1, select: { timeZone: true } } },
  });

  for (const [t, trip] of trips.entries()) {
    const reviewCount = t % 2 === 0 ? 1 + (t % 4) : 0;
    const demoBooking = t === 1;
    if (reviewCount === 0 && !demoBooking) continue;
    const startsAt = new Date(now.getTime() - (20 + (t % 5) * 9) * DAY);
    const completedAt = new Date(startsAt.getTime() + trip.durationDays * DAY + 60 * 60 * 1000);
    const travellers = demoBooking ? [demo] : reviewers.slice(t % 3, (t % 3) + reviewCount);
    const departure = await db.departure.create({
      data: {
        tripId: trip.id,
        startsAt,
        timeZone: trip.departures[0]?.timeZone ?? "UTC",
        capacity: 12,
        seatsTaken: travellers.length,
        createdAt: new Date(startsAt.getTime() - 60 * DAY),
      },
    });
    for (const [k, traveller] of travellers.entries()) {
      const review = REVIEWS[(t + k) % REVIEWS.length];
      const reviewedAt = new Date(completedAt.getTime() + (k + 1) * DAY);
      const repliedAt = new Date(reviewedAt.getTime() + DAY);
      await db.booking.create({
        data: {
          userId: traveller.id,
          tripId: trip.id,
          departureId: departure.id,
          seats: 1,
          unitPrice: trip.pricePerSeat,
          totalAmount: trip.pricePerSeat,
          currency: trip.currency,
          commissionBps: 2000,
          status: "completed",
          holdExpiresAt: new Date(startsAt.getTime() - 30 * DAY),
          confirmedAt: new Date(startsAt.getTime() - 30 * DAY),
          completedAt,
          createdAt: new Date(startsAt.getTime() - 30 * DAY),
          review: demoBooking
            ? undefined
            : {
                create: {
                  tripId: trip.id,
                  userId: traveller.id,
                  ...review,
                  createdAt: reviewedAt,
                  updatedAt: reviewedAt,
                  ...((t + k) % 3 === 0 ? { reply: REPLY, repliedAt, repliedById: trip.vendorId } : {}),
                },
              },
        },
      });
    }
  }
}
