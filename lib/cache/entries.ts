import "server-only";
import { createHash } from "node:crypto";
import { ANALYTICS_TAG, invalidateTags } from "./cache";

// Every cached entry of the app: its key, TTL and tags, and the invalidations the writers call after their commit.
// An entry can only depend on tags it can name before it reads (its versions are read first), so what an entry shows
// of OTHER rows it cannot name from its key (a booking's trip title, its traveller's name; a trip's vendor profile)
// hangs on a shared tag that the rare writers of those rows bump: `trip-content`, `user-profile`, `vendor-profile`.
// The TTL bounds staleness only when an invalidation is lost (store outage, see lib/cache/cache.ts).

export const TTL = {
  user: 60 * 60,
  booking: 30 * 60,
  analytics: 15 * 60,
  payment: 5 * 60,
  trip: 5 * 60,
  operator: 5 * 60,
  catalogue: 5 * 60,
  search: 60,
} as const;

export const tags = {
  user: (id: string) => `user:${id}`,
  booking: (id: string) => `booking:${id}`,
  payment: (id: string) => `payment:${id}`,
  trip: (id: string) => `trip:${id}`,
  /** the vendor's trips as a whole: which are published, and their ratings (the operator card) */
  vendorTrips: (vendorId: string) => `vendor-trips:${vendorId}`,
  /** search results, featured trips, destinations: anything listing trips with prices or seats */
  catalogue: "catalogue",
  /** any trip's descriptive fields or departure status changed (shown inside bookings) */
  tripContent: "trip-content",
  /** any user's name or email changed (shown inside bookings) */
  userProfile: "user-profile",
  /** any vendor's public profile changed (shown on trip detail) */
  vendorProfile: "vendor-profile",
} as const;

export const keys = {
  user: (id: string) => `user:${id}`,
  booking: (id: string) => `booking:${id}`,
  payment: (id: string) => `payment:${id}`,
  trip: (id: string) => `trip:${id}`,
  /** the operator card on the trip page: published trips and the rating over all of them */
  operatorSummary: (vendorId: string) => `operator-summary:${vendorId}`,
  /** one key per normalized query: zod has parsed it; key order and absent fields do not matter */
  search: (query: Record<string, unknown>) => `search:${hash(query)}`,
  featured: (limit: number) => `catalogue:featured:${limit}`,
  destinations: "catalogue:destinations",
};

function hash(query: Record<string, unknown>) {
  const normalized = Object.keys(query)
    .filter((k) => query[k] !== undefined && query[k] !== null && query[k] !== "")
    .sort()
    .map((k) => {
      const v = query[k];
      return [k, v instanceof Date ? v.toISOString() : v];
    });
  return createHash("sha256").update(JSON.stringify(normalized)).digest("base64url").slice(0, 32);
}

/**
 * A booking's status, seats or money changed. Seats move the trip's seats left and the catalogue (`seats: true`);
 * money moves the payment entries and analytics. Await after the commit, before responding.
 */
export function bookingChanged(change: {
  bookingIds: string[];
  tripIds?: string[];
  paymentIds?: string[];
  seats?: boolean;
}) {
  return invalidateTags([
    ...change.bookingIds.map(tags.booking),
    ...(change.paymentIds ?? []).map(tags.payment),
    ...(change.seats ? [...(change.tripIds ?? []).map(tags.trip), tags.catalogue] : []),
    ANALYTICS_TAG,
  ]);
}

/** A payment or one of its refunds changed: its status entry, the booking that lists it, analytics. */
export function paymentChanged(change: { paymentId: string; bookingId: string }) {
  return invalidateTags([tags.payment(change.paymentId), tags.booking(change.bookingId), ANALYTICS_TAG]);
}

/**
 * A trip or one of its departures was created or edited (published, archived…): trip detail, the catalogue, what
 * bookings show of it, and its vendor's operator card (which counts the published trips).
 */
export function tripChanged({ tripId, vendorId }: { tripId: string; vendorId: string }) {
  return invalidateTags([tags.trip(tripId), tags.catalogue, tags.tripContent, tags.vendorTrips(vendorId)]);
}

/**
 * A review was written, edited, hidden or unhidden: the trip's rating shows on its page, in the catalogue and in its
 * vendor's operator card (the rating over all their trips).
 */
export function ratingChanged({ tripId, vendorId }: { tripId: string; vendorId: string }) {
  return invalidateTags([tags.trip(tripId), tags.catalogue, tags.vendorTrips(vendorId)]);
}

/** A user's profile, role or active flag changed. */
export function userChanged(userId: string) {
  return invalidateTags([tags.user(userId), tags.userProfile]);
}

/** A vendor's public profile changed: trip detail and the catalogue show its name. */
export function vendorProfileChanged() {
  return invalidateTags([tags.vendorProfile, tags.catalogue]);
}
