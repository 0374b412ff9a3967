// A trip's rating under concurrent reviews, search sorted by rating, and the invitation to review a completed
// booking (booking/completed → notification and email through the outbox).
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test } from "vitest";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { db } from "@/lib/db";
import { events } from "@/lib/events/definitions";
import { inviteReviewJob } from "@/lib/inngest/functions/invite-review";
import { createOrUpdateReview } from "@/lib/reviews/create-or-update-review";
import { setReviewHidden } from "@/lib/reviews/hide-review";
import { SearchTripsQuery } from "@/lib/trips/schemas";
import { searchTrips, toSearchResultDto } from "@/lib/trips/search-trips";
import { makeAdmin, paidBooking, vendorWithDeparture } from "./support/payouts";
import { bookingOn, ratingTotals, reviewableTrip } from "./support/reviews";

const COMMENT = "A day we will not forget.";

async function review(departure: { id: string; tripId: string }, rating: number) {
  const { booking, traveller } = await bookingOn(departure);
  return (await createOrUpdateReview({ actor: traveller, bookingId: booking.id, input: { rating, comment: COMMENT } }))
    .review;
}

describe("the trip's rating", () => {
  test("stays exact when many travellers review the same trip at once, and when reviews are hidden meanwhile", async () => {
    const { trip, departure } = await reviewableTrip();
    const admin = await makeAdmin();
    const early = await review(departure, 1);
    const bookings = await Promise.all(Array.from({ length: 12 }, () => bookingOn(departure)));
    await Promise.all([
      ...bookings.map(({ booking, traveller }, i) =>
        createOrUpdateReview({
          actor: traveller,
          bookingId: booking.id,
          input: { rating: (i % 5) + 1, comment: COMMENT },
        }),
      ),
      setReviewHidden({ actor: admin, reviewId: early.id, hidden: true }),
    ]);
    const { stored, actual } = await ratingTotals(trip.id);
    // ratings 1..5 cycling over 12 reviews: 1+2+3+4+5 twice, then 1+2; the hidden one counts for nothing
    expect(actual).toEqual({ sum: 33, count: 12 });
    expect(stored).toEqual(actual);
  });

  test("search sorts by rating: best average first, ties by count, unrated trips last", async () => {
    const country = `Ratingland ${Date.now().toString(36)}`;
    const trips = await Promise.all(Array.from({ length: 4 }, () => reviewableTrip()));
    await db.trip.updateMany({ where: { id: { in: trips.map((t) => t.trip.id) } }, data: { country } });
    const [unrated, fewer, top, more] = trips;
    await review(top.departure, 5);
    for (const r of [5, 4]) await review(fewer.departure, r);
    for (const r of [5, 4, 5, 4]) await review(more.departure, r);

    const query = SearchTripsQuery.parse({ destination: country, sort: "rating" });
    const { rows, total } = await searchTrips(query, new Date());
    expect(total).toBe(4);
    expect(rows.map((r) => r.id)).toEqual([top, more, fewer, unrated].map((t) => t.trip.id));
    expect(rows.map((r) => toSearchResultDto(r).rating)).toEqual([
      { average: 5, count: 1 },
      { average: 4.5, count: 4 },
      { average: 4.5, count: 2 },
      { average: null, count: 0 },
    ]);
  });
});

describe("the invitation to review", () => {
  test("completing a booking queues a notification and an email that link to the review form, once", async () => {
    const { departure, trip } = await vendorWithDeparture({ startsInDays: 5 });
    const { booking, traveller } = await paidBooking(departure.id);
    await completeBooking(await makeAdmin(), booking.id);

    const row = await db.eventOutbox.findUniqueOrThrow({ where: { eventId: `booking/completed:${booking.id}` } });
    const event = { name: row.name, data: events.bookingCompleted.schema.parse(row.data), id: row.eventId };
    const engine = new InngestTestEngine({ function: inviteReviewJob });
    expect((await engine.execute({ events: [event] })).result).toEqual({ invited: true });
    // a retried run writes nothing new
    await new InngestTestEngine({ function: inviteReviewJob }).execute({ events: [event] });

    const notifications = await db.notification.findMany({
      where: { userId: traveller.id, type: "review_invitation" },
    });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      title: `How was ${trip.title}? Leave a review`,
      link: `/bookings/${booking.id}#review`,
    });
    const emails = await db.emailOutbox.findMany({
      where: { userId: traveller.id, dedupeKey: `review-invitation:${booking.id}:email` },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: traveller.email, subject: `How was ${trip.title}? Leave a review` });
    expect(emails[0].html).toContain(`/bookings/${booking.id}#review`);
    expect(emails[0].text).toContain("Leave a review");
  });

  test("a booking that is not completed, or already reviewed, is not invited", async () => {
    const { departure } = await reviewableTrip();
    const confirmed = await bookingOn(departure, { status: "confirmed" });
    const reviewed = await bookingOn(departure);
    await createOrUpdateReview({
      actor: reviewed.traveller,
      bookingId: reviewed.booking.id,
      input: { rating: 4, comment: COMMENT },
    });
    for (const { booking } of [confirmed, reviewed]) {
      const { result } = await new InngestTestEngine({ function: inviteReviewJob }).execute({
        events: [{ name: "booking/completed", data: eventData(booking) }],
      });
      expect(result).toEqual({ invited: false });
    }
    expect(await db.notification.count({ where: { type: "review_invitation", userId: reviewed.traveller.id } })).toBe(
      0,
    );
  });
});

function eventData(b: { id: string; userId: string; tripId: string; departureId: string }) {
  return {
    bookingId: b.id,
    userId: b.userId,
    tripId: b.tripId,
    departureId: b.departureId,
    vendorId: "vendor",
    seats: 1,
    amount: 10_000,
    currency: "usd",
  };
}
