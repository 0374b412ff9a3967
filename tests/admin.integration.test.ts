// The admin console's use cases against the real database and the Stripe stand-in: analytics from the ledger with
// its cache, user management, the bookings search and its streamed CSV export, the webhook log.
import { afterAll, describe, expect, test } from "vitest";
import { getAnalytics } from "@/lib/admin/analytics";
import { exportAdminBookings, listAdminBookings } from "@/lib/admin/list-bookings";
import { AdminBookingsQuery, AdminUsersQuery, AnalyticsQuery } from "@/lib/admin/schemas";
import { adminUpdateUser, removesLastAdmin } from "@/lib/admin/update-user";
import { listWebhooks } from "@/lib/admin/list-webhooks";
import { retryWebhook } from "@/lib/admin/retry-webhook";
import { loadActiveActor } from "@/lib/auth/load-actor";
import { analyticsChanged } from "@/lib/cache/cache";
import { db } from "@/lib/db";
import { refundPayment } from "@/lib/payments/refund-payment";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { stripe } from "@/lib/payments/stripe";
import { listAudit } from "@/lib/admin/list-audit";
import { makeTravellers } from "./support/catalogue";
import { makeAdmin, paidBooking, vendorWithDeparture } from "./support/payouts";
import { signedEvent } from "./support/stripe-events";

afterAll(() => undefined);

describe("analytics", () => {
  test("figures move by exactly the money that moved, and the cache never serves a stale figure", async () => {
    // a currency no other test uses, so the figures are this test's alone
    const currency = "chf";
    const admin = await makeAdmin();
    const { departure, trip } = await vendorWithDeparture({ price: 12_345 });
    await db.trip.update({ where: { id: trip.id }, data: { currency } });
    const query = AnalyticsQuery.parse({ from: "2026-01-01", to: "2028-12-31", interval: "month", currency });
    const before = await getAnalytics(admin, query);

    const { payment } = await paidBooking(departure.id);
    await refundPayment(admin, payment.id, 1_000);
    const after = await getAnalytics(admin, query);
    expect(after.gmv - before.gmv).toBe(12_345);
    expect(after.refunds - before.refunds).toBe(1_000);
    // commission 2,469 on the charge, 200 of it reversed with the refund
    expect(after.platformRevenue - before.platformRevenue).toBe(2_269);
    expect(after.bookingsByStatus.confirmed - before.bookingsByStatus.confirmed).toBe(1);
    expect(after.topTrips.find((t) => t.tripId === trip.id)).toMatchObject({ gmv: 11_345, bookings: 1 });
    expect(after.series.reduce((s, p) => s + p.gmv, 0)).toBe(after.gmv);
    expect(after.averageOrderValue).toBeGreaterThan(0);

    // a write that bypasses the use cases (and so their invalidation) is not seen until the tag is invalidated
    const bump = (delta: number) =>
      db.$executeRaw`UPDATE analytics_daily_money SET gmv = gmv + ${delta} WHERE "tripId" = ${trip.id} AND shard = (SELECT min(shard) FROM analytics_daily_money WHERE "tripId" = ${trip.id})`;
    await bump(1);
    expect((await getAnalytics(admin, query)).gmv).toBe(after.gmv);
    analyticsChanged();
    expect((await getAnalytics(admin, query)).gmv).toBe(after.gmv + 1);
    await bump(-1);
    analyticsChanged();

    const [traveller] = await makeTravellers(1);
    await expect(getAnalytics(traveller, query)).rejects.toMatchObject({ code: "forbidden" });
  });

  test.each([
    [{ interval: "hour" }],
    [{ from: "2027-02-30" }],
    [{ from: "2027-01-01T25:00:00Z" }],
    [{ from: "2027-03-01", to: "2027-02-01" }],
    [{ from: "1999-12-31" }],
    [{ currency: "USD" }],
  ])("bad analytics parameters are rejected: %j", (params) => {
    expect(AnalyticsQuery.safeParse(params).success).toBe(false);
  });
});

describe("users", () => {
  test("role changes and deactivation apply on the next request, are audited, and an admin cannot remove themself", async () => {
    const admin = await makeAdmin();
    const [user] = await makeTravellers(1);
    expect(await adminUpdateUser(admin, user.id, { role: "vendor" })).toMatchObject({ role: "vendor" });
    expect(await loadActiveActor(user.id)).toMatchObject({ role: "vendor" });
    expect(await db.vendorProfile.findUnique({ where: { userId: user.id } })).not.toBeNull();
    await adminUpdateUser(admin, user.id, { active: false });
    expect(await loadActiveActor(user.id)).toBeNull();
    await adminUpdateUser(admin, user.id, { active: true });
    expect(await loadActiveActor(user.id)).toMatchObject({ id: user.id });
    const { rows } = await listAudit(admin, { entityType: "user", entityId: user.id, page: 1, limit: 10 });
    expect(rows.map((r) => r.action).sort()).toEqual(["user.deactivated", "user.reactivated", "user.role_changed"]);

    await expect(adminUpdateUser(admin, admin.id, { role: "traveller" })).rejects.toMatchObject({ code: "conflict" });
    await expect(adminUpdateUser(admin, admin.id, { active: false })).rejects.toMatchObject({ code: "conflict" });
    await expect(adminUpdateUser(user, admin.id, { active: false })).rejects.toMatchObject({ code: "forbidden" });
    await expect(adminUpdateUser(admin, "no-such-user", { active: false })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  test.each([
    [{ role: "admin", active: true }, { role: "traveller" }, 1, true],
    [{ role: "admin", active: true }, { active: false }, 1, true],
    [{ role: "admin", active: true }, { active: false }, 2, false],
    [{ role: "admin", active: true }, { role: "admin" }, 1, false],
    [{ role: "vendor", active: true }, { active: false }, 1, false],
    [{ role: "admin", active: false }, { role: "traveller" }, 1, false],
  ] as const)("removesLastAdmin(%j, %j, %i) = %s", (user, input, admins, expected) => {
    expect(removesLastAdmin(user, input, admins)).toBe(expected);
  });

  test("the users query validates its filters", () => {
    expect(AdminUsersQuery.safeParse({ role: "pilot" }).success).toBe(false);
    expect(AdminUsersQuery.safeParse({ active: "yes" }).success).toBe(false);
    expect(AdminUsersQuery.parse({ active: "false", q: "ann" })).toMatchObject({
      active: false,
      q: "ann",
      page: 1,
      limit: 20,
    });
  });
});

describe("bookings", () => {
  test("search by traveller email or trip title, filter by status, and a streamed CSV export across batches", async () => {
    const admin = await makeAdmin();
    const { departure, trip } = await vendorWithDeparture({ price: 5_000 });
    await db.trip.update({ where: { id: trip.id }, data: { title: `Export, "quoted" ${trip.id}` } });
    const paid = await Promise.all(Array.from({ length: 5 }, () => paidBooking(departure.id)));

    const byEmail = await listAdminBookings(
      admin,
      AdminBookingsQuery.parse({ q: paid[0].traveller.email.toUpperCase() }),
    );
    expect(byEmail.rows.map((b) => b.id)).toEqual([paid[0].booking.id]);
    const byTitle = await listAdminBookings(
      admin,
      AdminBookingsQuery.parse({ q: trip.id, status: "confirmed", limit: "2" }),
    );
    expect(byTitle.total).toBe(5);
    expect(byTitle.rows).toHaveLength(2);
    expect((await listAdminBookings(admin, AdminBookingsQuery.parse({ q: paid[1].booking.id }))).rows[0].id).toBe(
      paid[1].booking.id,
    );
    expect(
      (await listAdminBookings(admin, AdminBookingsQuery.parse({ tripId: trip.id, status: "cancelled" }))).total,
    ).toBe(0);
    for (const bad of [
      { status: "lost" },
      { from: "2027-02-30" },
      { from: "2027-03-01", to: "2027-01-01" },
      { limit: "500" },
    ])
      expect(AdminBookingsQuery.safeParse(bad).success).toBe(false);

    const csv = await new Response(exportAdminBookings(admin, { tripId: trip.id }, { batchSize: 2 })).text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^booking_id,booking_code,created_at,status,/);
    expect(lines).toHaveLength(6);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[0]))).toEqual(new Set(paid.map((p) => p.booking.id)));
    expect(lines[1]).toContain(`"Export, ""quoted"" ${trip.id}"`);
    expect(lines[1]).toMatch(/,5000,50\.00,0,0\.00$/);
  });
  test("a status-and-days filter counts from the daily counters, and agrees with the rows", async () => {
    const admin = await makeAdmin();
    const { departure, trip } = await vendorWithDeparture();
    const [traveller] = await makeTravellers(1);
    // bookings made on a day no other test uses, so the counters of that day are this test's alone
    const day = new Date("2020-02-02T10:00:00Z");
    const make = (status: "confirmed" | "cancelled", confirmedAt: Date | null) =>
      db.booking.create({
        data: {
          userId: traveller.id,
          tripId: trip.id,
          departureId: departure.id,
          seats: 1,
          unitPrice: 100,
          totalAmount: 100,
          currency: "usd",
          commissionBps: 2000,
          status,
          holdExpiresAt: day,
          confirmedAt,
          createdAt: day,
        },
      });
    await make("confirmed", day);
    await make("confirmed", day);
    await make("cancelled", null);
    const confirmed = await listAdminBookings(
      admin,
      AdminBookingsQuery.parse({ status: "confirmed", from: "2020-02-02", to: "2020-02-02" }),
    );
    expect(confirmed.total).toBe(2);
    expect(confirmed.rows).toHaveLength(2);
    const all = await listAdminBookings(admin, AdminBookingsQuery.parse({ from: "2020-02-02", to: "2020-02-02" }));
    expect([all.total, all.rows.length]).toEqual([3, 3]);
    // a status change moves the count
    await db.booking.update({ where: { id: confirmed.rows[0].id }, data: { status: "cancelled", cancelledAt: day } });
    expect(
      (
        await listAdminBookings(
          admin,
          AdminBookingsQuery.parse({ status: "cancelled", from: "2020-02-02", to: "2020-02-02" }),
        )
      ).total,
    ).toBe(2);
  });
});

describe("webhooks", () => {
  test("a failed event is listed as failed and retried once it can succeed; a processed one is a 409", async () => {
    const admin = await makeAdmin();
    const { departure } = await vendorWithDeparture();
    const { payment } = await paidBooking(departure.id);
    const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!);
    // a delivery whose handler fails: the refund it names does not exist at Stripe
    const bad = signedEvent("refund.updated", { id: `re_missing_${payment.id}`, object: "refund" });
    await expect(handleStripeWebhook(bad.payload, bad.header)).rejects.toBeTruthy();
    const failed = await listWebhooks(admin, { status: "failed", type: "refund.updated", page: 1, limit: 100 });
    expect(failed.rows.map((r) => r.id)).toContain(bad.id);
    const retried = await retryWebhook(admin, bad.id);
    expect(retried.attempts).toBe(2);

    const good = signedEvent("payment_intent.succeeded", intent);
    await handleStripeWebhook(good.payload, good.header);
    await expect(retryWebhook(admin, good.id)).rejects.toMatchObject({ code: "invalid_state" });
    await expect(retryWebhook(admin, "evt_unknown")).rejects.toMatchObject({ code: "not_found" });
    expect(await db.auditLog.count({ where: { action: "webhook.retried", entityId: bad.id } })).toBe(1);
  });
});
