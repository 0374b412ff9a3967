// The admin reviews console against the real database: every review (hidden ones included) newest first, the
// visibility / rating / text filters, pagination, admins only; GET /api/v1/admin/reviews answers what the OpenAPI
// document publishes; the console's Hide / Show actions hide, audit and refresh the pages that list the review.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test, vi } from "vitest";
import * as adminReviews from "@/app/api/v1/admin/reviews/route";
import { createResponseValidator } from "@/e2e/support/openapi-validator";
import type { Actor } from "@/lib/auth/actor";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { createOrUpdateReview } from "@/lib/reviews/create-or-update-review";
import { setReviewHidden } from "@/lib/reviews/hide-review";
import { listReviewsForAdmin } from "@/lib/reviews/list-reviews-for-admin";
import { toAdminReviewDto } from "@/lib/reviews/review-dto";
import { AdminReviewsQuery } from "@/lib/reviews/schemas";
import { makeAdmin } from "./support/payouts";
import { bookingOn, reviewableTrip } from "./support/reviews";

// server actions read the session through next-auth (which cannot load under vitest) and the request's headers;
// the session is whoever `signedIn` names, the calling page is the console
const session = vi.hoisted(() => ({ userId: null as string | null }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth/next-auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ referer: "http://localhost/admin/reviews" }) }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const DAY = 86_400_000;
const q = (query: Record<string, unknown>) => AdminReviewsQuery.parse(query);

/** A trip with five reviews written a day apart (oldest first), the 1-star one hidden by an admin. */
async function moderatedTrip() {
  const { trip, departure } = await reviewableTrip();
  const admin = await makeAdmin();
  const marker = `zebra${randomUUID().slice(0, 8)}`;
  const ratings = [5, 1, 4, 2, 5];
  const start = Date.now() - 10 * DAY;
  const reviews = [];
  for (const [i, rating] of ratings.entries()) {
    const { booking, traveller } = await bookingOn(departure);
    const comment = i === 2 ? `Saw a ${marker} on the way back.` : `Review number ${i + 1} of this trip.`;
    const { review } = await createOrUpdateReview({
      actor: traveller,
      bookingId: booking.id,
      input: { rating, comment },
      now: new Date(start + i * DAY),
    });
    reviews.push({ ...review, traveller });
  }
  await setReviewHidden({ actor: admin, reviewId: reviews[1].id, hidden: true });
  return { trip, admin, marker, reviews };
}

describe("listReviewsForAdmin", () => {
  let ctx: Awaited<ReturnType<typeof moderatedTrip>>;
  beforeAll(async () => {
    ctx = await moderatedTrip();
  });
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const list = (query: Record<string, unknown>) => listReviewsForAdmin({ actor: ctx.admin, query: q(query) });

  test("every review of the trip, hidden one included, newest first, with the reviewer in full and the trip", async () => {
    const { total, rows } = await list({ q: ctx.trip.title });
    expect(total).toBe(5);
    expect(ids(rows)).toEqual(ids([...ctx.reviews].reverse()));
    const hidden = toAdminReviewDto(rows.find((r) => r.id === ctx.reviews[1].id)!);
    expect(hidden).toMatchObject({
      rating: 1,
      hiddenAt: expect.any(String),
      reviewer: { id: ctx.reviews[1].traveller.id, name: "Test Traveller", email: ctx.reviews[1].traveller.email },
      trip: { id: ctx.trip.id, title: ctx.trip.title, vendorId: ctx.trip.vendorId },
      author: { name: "Test T." },
    });
  });

  test("visibility: hidden only, visible only, all", async () => {
    expect(ids((await list({ q: ctx.trip.title, visibility: "hidden" })).rows)).toEqual([ctx.reviews[1].id]);
    const visible = await list({ q: ctx.trip.title, visibility: "visible" });
    expect(visible.total).toBe(4);
    expect(ids(visible.rows)).not.toContain(ctx.reviews[1].id);
    expect((await list({ q: ctx.trip.title, visibility: "all" })).total).toBe(5);
  });

  test("rating, and rating with visibility", async () => {
    expect(ids((await list({ q: ctx.trip.title, rating: 5 })).rows)).toEqual([ctx.reviews[4].id, ctx.reviews[0].id]);
    expect((await list({ q: ctx.trip.title, rating: 1, visibility: "visible" })).total).toBe(0);
    expect((await list({ q: ctx.trip.title, rating: "2" })).rows.map((r) => r.rating)).toEqual([2]);
  });

  test("search text: trip title, reviewer email and name, review text, in any letter case", async () => {
    expect((await list({ q: ctx.trip.title.toUpperCase() })).total).toBe(5);
    expect(ids((await list({ q: ctx.marker.toUpperCase() })).rows)).toEqual([ctx.reviews[2].id]);
    expect(ids((await list({ q: ctx.reviews[3].traveller.email.toUpperCase() })).rows)).toEqual([ctx.reviews[3].id]);
    const name = `Quill ${randomUUID().slice(0, 8)}`;
    await db.user.update({ where: { id: ctx.reviews[4].traveller.id }, data: { name } });
    expect(ids((await list({ q: name.toLowerCase() })).rows)).toEqual([ctx.reviews[4].id]);
    expect((await list({ q: `${ctx.marker}-nowhere` })).total).toBe(0);
  });

  test("pages of two add up to the whole list, each with the total", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => list({ q: ctx.trip.title, limit: 2, page })));
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.map((p) => p.rows.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => ids(p.rows))).toEqual(ids([...ctx.reviews].reverse()));
    expect((await list({ q: ctx.trip.title, limit: 2, page: 4 })).rows).toEqual([]);
  });

  test("only admins", async () => {
    const { vendor } = await reviewableTrip();
    const traveller = ctx.reviews[0].traveller;
    for (const actor of [vendor, traveller])
      await expect(listReviewsForAdmin({ actor, query: q({}) })).rejects.toMatchObject({ code: "forbidden" });
  });

  test("the query schema: defaults, and bad filters said by name", () => {
    expect(q({})).toEqual({ page: 1, limit: 20, visibility: "all" });
    for (const bad of [{ visibility: "gone" }, { rating: "6" }, { rating: "0" }, { rating: "4.5" }, { limit: "101" }])
      expect(AdminReviewsQuery.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe("GET /api/v1/admin/reviews", () => {
  const { check } = createResponseValidator(buildOpenApiDocument());
  async function get(path: string, actor: Actor | null) {
    const headers: Record<string, string> = {};
    if (actor) headers.authorization = `Bearer ${(await issueApiToken(actor.id)).token}`;
    const res = await adminReviews.GET(new Request(`http://localhost${path}`, { headers }), {
      params: Promise.resolve({}),
    });
    const body = await res.text();
    const problems = check({
      method: "GET",
      path: new URL(`http://localhost${path}`).pathname,
      status: res.status,
      contentType: res.headers.get("content-type") ?? "",
      body,
    });
    expect(problems, `${path} → ${res.status}: ${body.slice(0, 300)}`).toEqual([]);
    return { status: res.status, json: JSON.parse(body) };
  }

  test("admins get the page envelope of documented reviews; others 401/403; bad filters 422", async () => {
    const { trip, admin, reviews } = await moderatedTrip();
    const title = encodeURIComponent(trip.title);
    const all = await get(`/api/v1/admin/reviews?q=${title}&limit=2`, admin);
    expect(all.status).toBe(200);
    expect(all.json).toMatchObject({ page: 1, limit: 2, total: 5 });
    expect(all.json.data.map((r: { id: string }) => r.id)).toEqual([reviews[4].id, reviews[3].id]);
    const hidden = await get(`/api/v1/admin/reviews?q=${title}&visibility=hidden`, admin);
    expect(hidden.json).toMatchObject({ total: 1, data: [{ id: reviews[1].id, rating: 1 }] });
    expect(hidden.json.data[0].hiddenAt).not.toBeNull();

    expect((await get("/api/v1/admin/reviews", null)).status).toBe(401);
    expect((await get("/api/v1/admin/reviews", reviews[0].traveller)).json.error.code).toBe("forbidden");
    for (const bad of ["visibility=gone", "rating=6", "rating=abc", "limit=500"]) {
      const res = await get(`/api/v1/admin/reviews?${bad}`, admin);
      expect(res.status, bad).toBe(422);
      expect(res.json.error.code).toBe("validation_failed");
    }
  });
});

describe("the console's Hide / Show actions", () => {
  test("hide and show the review, write the audit entries, refresh the console and the trip's pages", async () => {
    const { hideReviewAction, showReviewAction } = await import("@/app/admin/reviews/actions");
    const { trip, admin, reviews } = await moderatedTrip();
    const target = reviews[0];

    session.userId = target.traveller.id;
    // a traveller's call never reaches the use case (requireActor redirects away, a thrown NEXT_REDIRECT)
    await expect(hideReviewAction(target.id, trip.id)).rejects.toThrow();
    expect((await db.review.findUniqueOrThrow({ where: { id: target.id } })).hiddenAt).toBeNull();

    session.userId = admin.id;
    revalidated.length = 0;
    expect(await hideReviewAction(target.id, trip.id)).toEqual({ ok: true, message: "Review hidden." });
    expect((await db.review.findUniqueOrThrow({ where: { id: target.id } })).hiddenAt).toBeInstanceOf(Date);
    expect(revalidated).toEqual(["/admin/reviews", `/trips/${trip.id}`, `/vendor/trips/${trip.id}`]);
    expect(await showReviewAction(target.id, trip.id)).toEqual({ ok: true, message: "Review shown again." });
    expect((await db.review.findUniqueOrThrow({ where: { id: target.id } })).hiddenAt).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: target.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["review.hidden", admin.id],
      ["review.shown", admin.id],
    ]);
    // an unknown review is said next to the button, not thrown
    expect(await hideReviewAction("no-such-review", trip.id)).toMatchObject({ formError: "Review not found" });
    session.userId = null;
  });
});
