// The operator card's summary (published trips, rating over all of them) is a cache entry, on the memory store and on
// Upstash through the shim: a read is served from the cache (a write that skips the use cases is not seen), and is
// never older than the last change made through them — trips created, published, archived, edited; reviews written,
// edited, hidden and shown again.
import { describe, beforeEach, afterAll, expect, test } from "vitest";
import { type CacheStore, MemoryStore, UpstashStore, setCacheStore } from "@/lib/cache/store";
import { db } from "@/lib/db";
import { createOrUpdateReview } from "@/lib/reviews/create-or-update-review";
import { setReviewHidden } from "@/lib/reviews/hide-review";
import { archiveTrip } from "@/lib/trips/archive-trip";
import { createTrip } from "@/lib/trips/create-trip";
import { CreateTripInput } from "@/lib/trips/schemas";
import { updateTrip } from "@/lib/trips/update-trip";
import { getOperatorSummary } from "@/lib/vendors/get-operator";
import { makeAdmin } from "./support/payouts";
import { bookingOn, reviewableTrip } from "./support/reviews";
import { upstashShimForFile } from "./support/upstash";

const shim = upstashShimForFile();
afterAll(() => setCacheStore(undefined));

const summary = (publishedTrips: number, average: number | null, count: number) => ({
  publishedTrips,
  rating: { average, count },
});

describe.each<[string, () => CacheStore]>([
  ["memory", () => new MemoryStore()],
  ["upstash via shim", () => new UpstashStore(shim.redis({ automaticDeserialization: false }))],
])("operator summary on %s", (_name, makeStore) => {
  beforeEach(() => setCacheStore(makeStore()));

  test("a cached read is served until a writer invalidates it", async () => {
    const { vendor, trip } = await reviewableTrip();
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(1, null, 0));
    // a change that bypasses the use cases (and so their invalidation) is not seen: the entry is served from the cache
    await db.trip.update({ where: { id: trip.id }, data: { ratingSum: 5, ratingCount: 1 } });
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(1, null, 0));
    // any write through a use case that touches the vendor's trips makes it a miss
    await updateTrip(vendor, trip.id, { title: `${trip.title} (renamed)` });
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(1, 5, 1));
  });

  test("never older than the last change to the vendor's trips or their reviews", async () => {
    const { vendor, trip, departure } = await reviewableTrip();
    const admin = await makeAdmin();
    const other = await reviewableTrip();
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(1, null, 0));
    expect(await getOperatorSummary(other.vendor.id)).toEqual(summary(1, null, 0));

    // trips: a new published one, a draft, publishing the draft
    const second = await createTrip(
      vendor,
      CreateTripInput.parse({
        title: "Second trip",
        description: "Another trip by the same operator.",
        city: "Faro",
        country: "Portugal",
        pricePerSeat: 5_000,
        durationDays: 1,
        status: "published",
      }),
    );
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(2, null, 0));
    await updateTrip(vendor, second.id, { status: "draft" });
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(1, null, 0));
    await updateTrip(vendor, second.id, { status: "published" });
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(2, null, 0));

    // reviews: written, edited, hidden, shown again
    const { booking, traveller } = await bookingOn(departure);
    const write = (rating: number) =>
      createOrUpdateReview({ actor: traveller, bookingId: booking.id, input: { rating, comment: "A good day out." } });
    const { review } = await write(4);
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(2, 4, 1));
    await write(2);
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(2, 2, 1));
    await setReviewHidden({ actor: admin, reviewId: review.id, hidden: true });
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(2, null, 0));
    await setReviewHidden({ actor: admin, reviewId: review.id, hidden: false });
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(2, 2, 1));

    // archiving the reviewed trip takes it and its rating off the card; publishing it again brings both back
    await archiveTrip(vendor, trip.id);
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(1, null, 0));
    await updateTrip(vendor, trip.id, { status: "published" });
    expect(await getOperatorSummary(vendor.id)).toEqual(summary(2, 2, 1));

    // another operator's entry was never touched by any of it
    expect(await getOperatorSummary(other.vendor.id)).toEqual(summary(1, null, 0));
  });
});
