// lib/cache against the real database and Stripe stand-in, on the memory store and on Upstash through the shim:
// each cached read shows the last committed change (read → write → read), a cold key is computed once, and a store
// outage or a lost invalidation never serves a stale value.
import { randomUUID } from "node:crypto";
import { Redis } from "@upstash/redis";
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { adminUpdateUser } from "@/lib/admin/update-user";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { createBooking } from "@/lib/bookings/create-booking";
import { expireBooking } from "@/lib/bookings/expire-booking";
import { getBooking } from "@/lib/bookings/get-booking";
import { updateBooking } from "@/lib/bookings/update-booking";
import { cached, invalidateTags } from "@/lib/cache/cache";
import { type CacheStore, MemoryStore, UpstashStore, setCacheStore } from "@/lib/cache/store";
import { getPayment } from "@/lib/payments/get-payment";
import { refundPayment } from "@/lib/payments/refund-payment";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { stripe } from "@/lib/payments/stripe";
import { addDeparture } from "@/lib/trips/add-departure";
import { cancelDeparture } from "@/lib/trips/cancel-departure";
import { getTripForViewer } from "@/lib/trips/get-trip";
import { SearchTripsQuery } from "@/lib/trips/schemas";
import { searchTrips } from "@/lib/trips/search-trips";
import { updateTrip } from "@/lib/trips/update-trip";
import { getUser } from "@/lib/users/get-user";
import { updateUser } from "@/lib/users/update-user";
import { updateVendorProfile } from "@/lib/vendors/update-vendor-profile";
import { makeTravellers } from "./support/catalogue";
import { makeAdmin, vendorWithDeparture } from "./support/payouts";
import { signedEvent } from "./support/stripe-events";
import { closedPortUrl, upstashShimForFile } from "./support/upstash";
import { waitFor } from "./support/wait-for";

const shim = upstashShimForFile();
// Only for time that must pass (a slow computation, a TTL running out); waiting for an event uses waitFor.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
afterAll(() => setCacheStore(undefined));

/** A booking whose PaymentIntent the traveller pays with the test card; the webhook is delivered as Stripe signs it. */
async function pay(paymentIntentId: string) {
  const intent = await stripe().paymentIntents.confirm(paymentIntentId, { payment_method: "pm_card_visa" });
  const event = signedEvent("payment_intent.succeeded", intent);
  expect(await handleStripeWebhook(event.payload, event.header)).toMatchObject({ result: "confirmed" });
}

const seatsLeft = async (tripId: string) => (await getTripForViewer(null, tripId)).departures[0]?.seatsLeft;

describe.each<[string, () => CacheStore]>([
  ["memory", () => new MemoryStore()],
  ["upstash via shim", () => new UpstashStore(shim.redis({ automaticDeserialization: false }))],
])("cache on %s", (_name, makeStore) => {
  let store: CacheStore;
  beforeEach(() => {
    store = makeStore();
    setCacheStore(store);
  });

  test("single flight: 25 concurrent cold reads compute once; after invalidation, once more", async () => {
    const key = `sf:${randomUUID()}`;
    const tag = `t:${randomUUID()}`;
    let computed = 0;
    const compute = async () => {
      computed++;
      await sleep(50);
      return { n: computed, at: new Date("2027-01-02T03:04:05Z") };
    };
    const first = await Promise.all(
      Array.from({ length: 25 }, () => cached(key, { ttlSeconds: 60, tags: [tag] }, compute)),
    );
    expect(computed).toBe(1);
    expect(new Set(first.map((v) => v.n))).toEqual(new Set([1]));
    // dates survive the round trip through the store as Dates
    const hit = await cached(key, { ttlSeconds: 60, tags: [tag] }, compute);
    expect(hit.at).toBeInstanceOf(Date);
    expect(hit.at.toISOString()).toBe("2027-01-02T03:04:05.000Z");
    expect(computed).toBe(1);
    await invalidateTags([tag]);
    await Promise.all(Array.from({ length: 10 }, () => cached(key, { ttlSeconds: 60, tags: [tag] }, compute)));
    expect(computed).toBe(2);
  });

  test("a change committed while the value is computed makes it a miss, and the TTL expires entries", async () => {
    const key = `race:${randomUUID()}`;
    const tag = `t:${randomUUID()}`;
    let value = "old";
    const slow = async () => {
      const seen = value;
      value = "new";
      await invalidateTags([tag]); // the writer commits and invalidates while the read is in flight
      return seen;
    };
    expect(await cached(key, { ttlSeconds: 60, tags: [tag] }, slow)).toBe("old");
    expect(await cached(key, { ttlSeconds: 60, tags: [tag] }, async () => value)).toBe("new");
    const short = `ttl:${randomUUID()}`;
    await cached(short, { ttlSeconds: 1, tags: [] }, async () => 1);
    expect(await cached(short, { ttlSeconds: 1, tags: [] }, async () => 2)).toBe(1);
    await sleep(1_100);
    expect(await cached(short, { ttlSeconds: 1, tags: [] }, async () => 3)).toBe(3);
  });

  test("trip detail and search: seats left follow create, expire, payment, cancel; edits show at once", async () => {
    const { vendor, trip, departure } = await vendorWithDeparture({ capacity: 10 });
    const query = SearchTripsQuery.parse({ q: trip.title, limit: 5 });
    const searchSeats = async () => (await searchTrips(query)).rows.find((r) => r.id === trip.id)?.nextSeatsLeft;
    expect(await seatsLeft(trip.id)).toBe(10);
    expect(await searchSeats()).toBe(10);

    const [traveller] = await makeTravellers(1);
    const held = await createBooking(traveller, { departureId: departure.id, seats: 3 });
    expect(await seatsLeft(trip.id)).toBe(7);
    expect(await searchSeats()).toBe(7);
    await expireBooking(held.booking.id, { force: true });
    expect(await seatsLeft(trip.id)).toBe(10);
    expect(await searchSeats()).toBe(10);

    const paid = await createBooking(traveller, { departureId: departure.id, seats: 2 });
    await pay(paid.payment.stripePaymentIntentId!);
    expect(await seatsLeft(trip.id)).toBe(8);
    await cancelBooking(traveller, paid.booking.id);
    expect(await seatsLeft(trip.id)).toBe(10);
    expect(await searchSeats()).toBe(10);

    await updateTrip(vendor, trip.id, { title: `${trip.title} renamed` });
    expect((await getTripForViewer(null, trip.id)).title).toBe(`${trip.title} renamed`);
    await updateVendorProfile(vendor, vendor.id, { displayName: "Renamed Vendor" });
    expect((await getTripForViewer(null, trip.id)).vendor.vendorProfile?.displayName).toBe("Renamed Vendor");
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString();
    const added = await addDeparture(vendor, trip.id, {
      startsAt: new Date(later),
      timeZone: "Europe/Lisbon",
      capacity: 4,
      priceOverride: null,
    });
    expect((await getTripForViewer(null, trip.id)).departures.map((d) => d.id)).toEqual([departure.id, added.id]);
    await cancelDeparture(vendor, departure.id);
    expect((await getTripForViewer(null, trip.id)).departures.map((d) => d.id)).toEqual([added.id]);
    // a draft is cached as data, but only its vendor sees it
    await updateTrip(vendor, trip.id, { status: "draft" });
    expect((await getTripForViewer(vendor, trip.id)).status).toBe("draft");
    await expect(getTripForViewer(traveller, trip.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await searchSeats()).toBeUndefined();
  });

  test("booking and payment: status, notes, refunds and what they show of the trip and traveller", async () => {
    const { vendor, trip, departure } = await vendorWithDeparture();
    const [traveller, stranger] = await makeTravellers(2);
    const admin = await makeAdmin();
    const { booking, payment } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
    expect((await getBooking(traveller, booking.id)).booking.status).toBe("pending");
    expect((await getPayment(traveller, payment.id)).payment.status).toBe("pending");
    // the shared entry never leaks: access is decided after the read
    await expect(getBooking(stranger, booking.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getPayment(stranger, payment.id)).rejects.toMatchObject({ code: "not_found" });

    await pay(payment.stripePaymentIntentId!);
    const confirmed = (await getBooking(traveller, booking.id)).booking;
    expect(confirmed.status).toBe("confirmed");
    expect(confirmed.departure.startsAt).toBeInstanceOf(Date);
    expect((await getPayment(traveller, payment.id)).payment.status).toBe("succeeded");

    await updateBooking(traveller, booking.id, { notes: "window seat" });
    expect((await getBooking(traveller, booking.id)).booking.notes).toBe("window seat");
    await updateTrip(vendor, trip.id, { title: "A new title" });
    expect((await getBooking(traveller, booking.id)).booking.trip.title).toBe("A new title");
    await updateUser(traveller, traveller.id, { name: "Renamed Traveller" });
    expect((await getBooking(vendor, booking.id)).booking.user.name).toBe("Renamed Traveller");

    await refundPayment(admin, payment.id, 1_000);
    const refunded = (await getPayment(admin, payment.id)).payment;
    expect(refunded.status).toBe("partially_refunded");
    expect(refunded.refunds.map((r) => r.amount)).toEqual([1_000]);
    expect((await getBooking(traveller, booking.id)).booking.refunds).toHaveLength(1);

    await completeBooking(admin, booking.id);
    expect((await getBooking(traveller, booking.id)).booking.status).toBe("completed");
  });

  test("user: profile edits, role changes and deactivation show on the next read", async () => {
    const [user] = await makeTravellers(1);
    const admin = await makeAdmin();
    expect((await getUser(user, user.id)).name).toBe("Test Traveller");
    await updateUser(user, user.id, { name: "New Name" });
    expect((await getUser(user, user.id)).name).toBe("New Name");
    await adminUpdateUser(admin, user.id, { role: "vendor" });
    expect((await getUser(admin, user.id)).role).toBe("vendor");
    await adminUpdateUser(admin, user.id, { active: false });
    expect((await getUser(admin, user.id)).active).toBe(false);
  });
});

describe("outages", () => {
  test("an unreachable store: reads fall through to the database and writes still succeed", async () => {
    setCacheStore(
      new UpstashStore(
        new Redis({ url: await closedPortUrl(), token: "x", automaticDeserialization: false, retry: false }),
      ),
    );
    const { trip, departure } = await vendorWithDeparture({ capacity: 5 });
    const [traveller] = await makeTravellers(1);
    expect(await seatsLeft(trip.id)).toBe(5);
    await createBooking(traveller, { departureId: departure.id, seats: 2 });
    expect(await seatsLeft(trip.id)).toBe(3);
  });

  test("a lost invalidation is not served stale here, and is retried until it lands", async () => {
    const inner = new MemoryStore();
    let failing = false;
    const flaky: CacheStore = {
      get: (k) => inner.get(k),
      set: (k, v, t) => inner.set(k, v, t),
      counters: (k) => inner.counters(k),
      increment: (k) => (failing ? Promise.reject(new Error("store down")) : inner.increment(k)),
    };
    setCacheStore(flaky);
    const { trip, departure } = await vendorWithDeparture({ capacity: 5 });
    const [traveller] = await makeTravellers(1);
    expect(await seatsLeft(trip.id)).toBe(5);
    const tripTag = [`tag:trip:${trip.id}`];
    const [before] = await inner.counters(tripTag);
    failing = true;
    await createBooking(traveller, { departureId: departure.id, seats: 1 });
    // the entry in the store is stale now, but this process no longer trusts the trip's tags
    expect(await seatsLeft(trip.id)).toBe(4);
    expect(await inner.counters(tripTag)).toEqual([before]);
    failing = false;
    // the background retry lands: the store's entry is now stale for every process, not only this one
    await waitFor(async () => expect(await inner.counters(tripTag)).toEqual([before + 1]), {
      message: "the background invalidation retry",
    });
    expect(await seatsLeft(trip.id)).toBe(4);
  });
});
