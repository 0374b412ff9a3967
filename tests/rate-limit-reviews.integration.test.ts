// The per-user limits on writing reviews (20 an hour) and replying to them (60 an hour), through the real route
// handlers and the real server actions, with the app configured for Upstash (the local shim over a real
// redis-server) as production would be: the limit counts every well-formed write whichever way it comes in, a 429
// carries Retry-After and X-RateLimit-*, and the refused write changes nothing.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { POST as reviewRoute } from "@/app/api/v1/bookings/[id]/review/route";
import { POST as replyRoute } from "@/app/api/v1/reviews/[id]/reply/route";
import type { Actor } from "@/lib/auth/actor";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { limitReviewReplies, limitReviewWrites, rateLimiter } from "@/lib/rate-limit/limits";
import { UpstashRateLimitStore } from "@/lib/rate-limit/upstash-store";
import { createOrUpdateReview } from "@/lib/reviews/create-or-update-review";
import { bookingOn, reviewableTrip } from "./support/reviews";
import { upstashShimForFile } from "./support/upstash";

// next-auth cannot load under vitest; the routes are called with bearer tokens, the server actions with the session
// `session.userId` names, from a page whose Referer the action reads
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/next-auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ referer: "http://localhost/bookings" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const shim = upstashShimForFile();
beforeAll(() => {
  process.env.UPSTASH_REDIS_REST_URL = shim.url;
  process.env.UPSTASH_REDIS_REST_TOKEN = shim.token;
  vi.spyOn(logger, "warn").mockImplementation(() => undefined);
});

const COMMENT = "A fine day on the water, well organised.";
// the windows are whole hours: how long is left of this one depends on the clock (minutes, or seconds near its end)

const tokens = new Map<string, string>();
async function post(handler: typeof reviewRoute, path: string, actor: Actor, id: string, body: unknown) {
  const token = tokens.get(actor.id) ?? (await issueApiToken(actor.id)).token;
  tokens.set(actor.id, token);
  return handler(
    new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
}

async function expect429(res: Response, limit: number, message: RegExp) {
  expect(res.status).toBe(429);
  const body = (await res.json()) as {
    error: { code: string; message: string; details: { retryAfterSeconds: number } };
  };
  expect(body.error.code).toBe("rate_limited");
  expect(body.error.message).toMatch(message);
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(body.error.details.retryAfterSeconds).toBe(retryAfter);
  expect(res.headers.get("x-ratelimit-limit")).toBe(String(limit));
  expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
  expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
}

test("the app is using the Upstash store", () => {
  expect(rateLimiter().store).toBeInstanceOf(UpstashRateLimitStore);
});

describe("POST /api/v1/bookings/:id/review", () => {
  test("20 well-formed reviews an hour per user (malformed ones do not count), then 429; others unaffected", async () => {
    const { departure } = await reviewableTrip();
    const { booking, traveller } = await bookingOn(departure);
    const path = `/api/v1/bookings/${booking.id}/review`;
    const write = (rating: number, actor = traveller, id = booking.id) =>
      post(reviewRoute, path, actor, id, { rating, comment: COMMENT });

    for (let i = 0; i < 3; i++)
      expect((await post(reviewRoute, path, traveller, booking.id, { rating: 9 })).status).toBe(422);
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push((await write((i % 5) + 1)).status);
    expect(statuses).toEqual([201, ...Array(19).fill(200)]);
    const before = await db.review.findUniqueOrThrow({ where: { bookingId: booking.id } });

    await expect429(await write(1), 20, /many reviews in the last hour\. Try again in \d+ (seconds?|minutes?)\./);
    const after = await db.review.findUniqueOrThrow({ where: { bookingId: booking.id } });
    expect(after.rating).toBe(before.rating);
    expect(after.updatedAt).toEqual(before.updatedAt);

    const other = await bookingOn(departure);
    expect((await write(4, other.traveller, other.booking.id)).status).toBe(201);
  });
});

describe("POST /api/v1/reviews/:id/reply", () => {
  test("the route's reply counts: after 60 an hour, 429 and the review keeps no reply", async () => {
    const { vendor, departure } = await reviewableTrip();
    const reviews = [];
    for (let i = 0; i < 2; i++) {
      const { booking, traveller } = await bookingOn(departure);
      reviews.push(
        (
          await createOrUpdateReview({
            actor: traveller,
            bookingId: booking.id,
            input: { rating: 5, comment: COMMENT },
          })
        ).review,
      );
    }
    for (let i = 0; i < 59; i++) await limitReviewReplies(vendor.id);
    const reply = (id: string) => post(replyRoute, `/api/v1/reviews/${id}/reply`, vendor, id, { reply: "Thank you!" });
    expect((await reply(reviews[0].id)).status).toBe(200);
    await expect429(
      await reply(reviews[1].id),
      60,
      /many replies in the last hour\. Try again in \d+ (seconds?|minutes?)\./,
    );
    expect((await db.review.findUniqueOrThrow({ where: { id: reviews[1].id } })).reply).toBeNull();
  });
});

describe("the forms' server actions count against the same limits", () => {
  test("the review form: the 20th write passes, the next is refused next to the form with what was typed", async () => {
    const { saveReviewAction } = await import("@/app/(account)/bookings/[id]/review-actions");
    const { departure } = await reviewableTrip();
    const { booking, traveller } = await bookingOn(departure);
    const form = (rating: string) => {
      const data = new FormData();
      data.set("rating", rating);
      data.set("comment", COMMENT);
      return data;
    };
    session.userId = traveller.id;
    for (let i = 0; i < 19; i++) await limitReviewWrites(traveller.id);
    expect(await saveReviewAction(booking.id, booking.tripId, {}, form("4"))).toMatchObject({ ok: true });
    const refused = await saveReviewAction(booking.id, booking.tripId, {}, form("2"));
    expect(refused.ok).toBeUndefined();
    expect(refused.formError).toMatch(/many reviews in the last hour\. Try again in \d+ (seconds?|minutes?)\./);
    expect(refused.values).toEqual({ rating: "2", comment: COMMENT });
    expect((await db.review.findUniqueOrThrow({ where: { bookingId: booking.id } })).rating).toBe(4);
    session.userId = null;
  });

  test("the vendor's reply form is refused the same way once the replies are used up", async () => {
    const { replyToReviewAction } = await import("@/app/vendor/trips/review-actions");
    const { vendor, departure } = await reviewableTrip();
    const { booking, traveller } = await bookingOn(departure);
    const { review } = await createOrUpdateReview({
      actor: traveller,
      bookingId: booking.id,
      input: { rating: 3, comment: COMMENT },
    });
    session.userId = vendor.id;
    for (let i = 0; i < 60; i++) await limitReviewReplies(vendor.id);
    const data = new FormData();
    data.set("reply", "Sorry to hear it, we will do better.");
    const refused = await replyToReviewAction(review.id, booking.tripId, {}, data);
    expect(refused.formError).toMatch(/many replies in the last hour/);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).reply).toBeNull();
    session.userId = null;
  });
});
