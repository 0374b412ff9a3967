// Reviews against the real database: who may write one and when, the 14-day edit window, the vendor's one reply,
// admin moderation, and the public list with the trip's rating.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createOrUpdateReview } from "@/lib/reviews/create-or-update-review";
import { setReviewHidden } from "@/lib/reviews/hide-review";
import { listTripReviews } from "@/lib/reviews/list-trip-reviews";
import { replyToReview } from "@/lib/reviews/reply-to-review";
import { toReviewDto } from "@/lib/reviews/review-dto";
import { ReviewInput } from "@/lib/reviews/schemas";
import { getTripForViewer } from "@/lib/trips/get-trip";
import { toTripDto } from "@/lib/trips/trip-dto";
import { makeTravellers } from "./support/catalogue";
import { makeAdmin } from "./support/payouts";
import { bookingOn, ratingTotals, reviewableTrip } from "./support/reviews";

const GOOD = { rating: 5, comment: "Wonderful guide, would go again." };
const page = { page: 1, limit: 10 };

describe("writing a review", () => {
  test("only the booking's traveller, only once the booking is completed", async () => {
    const { vendor, departure } = await reviewableTrip();
    const { booking, traveller } = await bookingOn(departure);
    const [stranger] = await makeTravellers(1);
    const admin = await makeAdmin();

    await expect(createOrUpdateReview({ actor: stranger, bookingId: booking.id, input: GOOD })).rejects.toMatchObject({
      code: "not_found",
    });
    for (const actor of [vendor, admin])
      await expect(createOrUpdateReview({ actor, bookingId: booking.id, input: GOOD })).rejects.toMatchObject({
        code: "forbidden",
      });
    for (const status of ["pending", "confirmed", "cancelled", "expired"] as const) {
      const other = await bookingOn(departure, { status, traveller });
      await expect(
        createOrUpdateReview({ actor: traveller, bookingId: other.booking.id, input: GOOD }),
      ).rejects.toMatchObject({ code: "invalid_state", message: expect.stringContaining(status) });
    }
    expect(await db.review.count({ where: { booking: { userId: traveller.id } } })).toBe(0);

    const { review, created } = await createOrUpdateReview({ actor: traveller, bookingId: booking.id, input: GOOD });
    expect(created).toBe(true);
    expect(toReviewDto(review)).toMatchObject({
      rating: 5,
      comment: GOOD.comment,
      author: { name: "Test T." },
      reply: null,
      hiddenAt: null,
    });
  });

  test("writing again within 14 days changes the one review; after that it is a 409", async () => {
    const { trip, departure } = await reviewableTrip();
    const { booking, traveller } = await bookingOn(departure);
    const first = await createOrUpdateReview({ actor: traveller, bookingId: booking.id, input: GOOD });
    const second = await createOrUpdateReview({
      actor: traveller,
      bookingId: booking.id,
      // the schema the route and the form parse with trims the text
      input: ReviewInput.parse({ rating: 3, comment: "  On reflection: good, not great.  " }),
    });
    expect(second.created).toBe(false);
    expect(second.review).toMatchObject({ id: first.review.id, rating: 3, comment: "On reflection: good, not great." });
    expect(await db.review.count({ where: { bookingId: booking.id } })).toBe(1);
    expect((await ratingTotals(trip.id)).stored).toEqual({ sum: 3, count: 1 });

    // 13 days on it may still change; 14 days after it was written it may not
    const written = first.review.createdAt;
    const day = 86_400_000;
    await expect(
      createOrUpdateReview({
        actor: traveller,
        bookingId: booking.id,
        input: { rating: 4, comment: "Better than I first said." },
        now: new Date(written.getTime() + 13 * day),
      }),
    ).resolves.toMatchObject({ created: false, review: { rating: 4 } });
    await db.review.update({ where: { id: first.review.id }, data: { createdAt: new Date(Date.now() - 15 * day) } });
    await expect(
      createOrUpdateReview({
        actor: traveller,
        bookingId: booking.id,
        input: { rating: 1, comment: "Changed my mind." },
      }),
    ).rejects.toMatchObject({ code: "invalid_state", message: expect.stringMatching(/14 days .* until /) });
    expect(await db.review.findUniqueOrThrow({ where: { id: first.review.id } })).toMatchObject({ rating: 4 });
    expect((await ratingTotals(trip.id)).stored).toEqual({ sum: 4, count: 1 });
  });

  test("two submits of the same booking at once leave one review", async () => {
    const { trip, departure } = await reviewableTrip();
    const { booking, traveller } = await bookingOn(departure);
    const results = await Promise.all(
      [2, 4].map((rating) =>
        createOrUpdateReview({ actor: traveller, bookingId: booking.id, input: { ...GOOD, rating } }),
      ),
    );
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await db.review.count({ where: { bookingId: booking.id } })).toBe(1);
    const { stored, actual } = await ratingTotals(trip.id);
    expect(stored).toEqual(actual);
    expect(stored.count).toBe(1);
  });
});

describe("replies", () => {
  test("the trip's vendor replies once; other vendors and travellers cannot", async () => {
    const { vendor, departure } = await reviewableTrip();
    const other = await reviewableTrip();
    const { booking, traveller } = await bookingOn(departure);
    const { review } = await createOrUpdateReview({ actor: traveller, bookingId: booking.id, input: GOOD });

    for (const actor of [other.vendor, traveller])
      await expect(
        replyToReview({ actor, reviewId: review.id, input: { reply: "Not my trip." } }),
      ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      replyToReview({ actor: vendor, reviewId: "no-such-review", input: { reply: "Hello" } }),
    ).rejects.toMatchObject({ code: "not_found" });

    const replied = await replyToReview({ actor: vendor, reviewId: review.id, input: { reply: "Thank you, Test!" } });
    expect(toReviewDto(replied).reply).toMatchObject({ text: "Thank you, Test!" });
    await expect(
      replyToReview({ actor: vendor, reviewId: review.id, input: { reply: "And again." } }),
    ).rejects.toMatchObject({ code: "invalid_state" });
    // two replies racing: exactly one is written
    const second = await bookingOn(departure);
    const { review: fresh } = await createOrUpdateReview({
      actor: second.traveller,
      bookingId: second.booking.id,
      input: GOOD,
    });
    const admin = await makeAdmin();
    const outcomes = await Promise.allSettled(
      [vendor, admin].map((actor) =>
        replyToReview({ actor, reviewId: fresh.id, input: { reply: `From ${actor.role}` } }),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).reply).toBe("Thank you, Test!");
  });
});

describe("moderation and the public list", () => {
  test("a hidden review leaves the list and the rating; shown again it returns", async () => {
    const { trip, vendor, departure } = await reviewableTrip();
    const admin = await makeAdmin();
    const ids: string[] = [];
    for (const rating of [5, 4, 1]) {
      const { booking, traveller } = await bookingOn(departure);
      ids.push(
        (await createOrUpdateReview({ actor: traveller, bookingId: booking.id, input: { ...GOOD, rating } })).review.id,
      );
    }
    const before = await listTripReviews({ viewer: null, tripId: trip.id, query: page });
    expect(before.rating).toEqual({ average: 3.3, count: 3 });
    expect(before.rows.map((r) => r.id)).toEqual([...ids].reverse());

    await expect(setReviewHidden({ actor: vendor, reviewId: ids[2], hidden: true })).rejects.toMatchObject({
      code: "forbidden",
    });
    await setReviewHidden({ actor: admin, reviewId: ids[2], hidden: true });
    // hiding twice changes nothing
    await setReviewHidden({ actor: admin, reviewId: ids[2], hidden: true });
    const after = await listTripReviews({ viewer: null, tripId: trip.id, query: page });
    expect(after).toMatchObject({ total: 2, rating: { average: 4.5, count: 2 } });
    expect(after.rows.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    expect(toTripDto(await getTripForViewer(null, trip.id)).rating).toEqual({ average: 4.5, count: 2 });
    // the admin's view of the trip page still lists it, marked hidden
    const moderated = await listTripReviews({ viewer: admin, tripId: trip.id, query: page, includeHidden: true });
    expect(moderated.rows.find((r) => r.id === ids[2])?.hiddenAt).toBeInstanceOf(Date);
    const notAdmin = await listTripReviews({ viewer: vendor, tripId: trip.id, query: page, includeHidden: true });
    expect(notAdmin.total).toBe(2);
    expect(await db.auditLog.count({ where: { entityId: ids[2], action: "review.hidden" } })).toBe(1);

    await setReviewHidden({ actor: admin, reviewId: ids[2], hidden: false });
    expect((await listTripReviews({ viewer: null, tripId: trip.id, query: page })).rating).toEqual({
      average: 3.3,
      count: 3,
    });
    const { stored, actual } = await ratingTotals(trip.id);
    expect(stored).toEqual(actual);
  });

  test("pages newest first; an unpublished or unknown trip is a 404", async () => {
    const { trip, departure } = await reviewableTrip();
    for (let i = 0; i < 3; i++) {
      const { booking, traveller } = await bookingOn(departure);
      await createOrUpdateReview({ actor: traveller, bookingId: booking.id, input: GOOD });
    }
    const second = await listTripReviews({ viewer: null, tripId: trip.id, query: { page: 2, limit: 2 } });
    expect(second).toMatchObject({ total: 3 });
    expect(second.rows).toHaveLength(1);
    await expect(listTripReviews({ viewer: null, tripId: "no-such-trip", query: page })).rejects.toMatchObject({
      code: "not_found",
    });
    const { trip: draft } = await reviewableTrip();
    await db.trip.update({ where: { id: draft.id }, data: { status: "draft" } });
    await expect(listTripReviews({ viewer: null, tripId: draft.id, query: page })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
