import { expect, test } from "../support/test";
import { bearer, expectError, login, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

const ADMIN_GETS = [
  "/api/v1/admin/users",
  "/api/v1/admin/bookings",
  "/api/v1/admin/bookings/export",
  "/api/v1/admin/analytics",
  "/api/v1/admin/audit",
  "/api/v1/admin/webhooks",
  "/api/v1/admin/payouts",
];

test("admin endpoints: 401 without a token, 403 for others, 422 for bad filters", async ({ request }) => {
  const traveller = await registerUser(request);
  const vendor = await registerUser(request, { role: "vendor" });
  const admin = await login(request, "admin@example.com");
  for (const path of ADMIN_GETS) {
    await expectError(await request.get(path), 401, "unauthenticated");
    await expectError(await request.get(path, { headers: bearer(traveller.token) }), 403, "forbidden");
    await expectError(await request.get(path, { headers: bearer(vendor.token) }), 403, "forbidden");
  }
  const a = bearer(admin.token);
  for (const path of [
    "/api/v1/admin/users?role=pilot",
    "/api/v1/admin/users?active=maybe",
    "/api/v1/admin/bookings?status=lost",
    "/api/v1/admin/bookings?from=2027-02-30",
    "/api/v1/admin/bookings?from=2027-03-01&to=2027-01-01",
    "/api/v1/admin/bookings/export?to=tomorrow",
    "/api/v1/admin/analytics?interval=hour",
    "/api/v1/admin/analytics?from=2027-01-01T25:00:00Z",
    "/api/v1/admin/audit?from=yesterday",
    "/api/v1/admin/webhooks?status=lost",
    "/api/v1/admin/payouts?status=sent",
    "/api/v1/admin/users?limit=500",
  ]) {
    await expectError(await request.get(path, { headers: a }), 422, "validation_failed");
  }
  await expectError(
    await request.patch(`/api/v1/admin/users/${traveller.user.id}`, { headers: a, data: {} }),
    422,
    "validation_failed",
  );
  await expectError(
    await request.patch(`/api/v1/admin/users/${traveller.user.id}`, { headers: a, data: { role: "root" } }),
    422,
    "validation_failed",
  );
  await expectError(
    await request.patch("/api/v1/admin/users/nobody", { headers: a, data: { active: false } }),
    404,
    "not_found",
  );
  await expectError(
    await request.patch(`/api/v1/admin/users/${admin.user.id}`, { headers: a, data: { role: "traveller" } }),
    409,
    "conflict",
  );
  await expectError(await request.post("/api/v1/admin/webhooks/evt_nope/retry", { headers: a }), 404, "not_found");
});

test("an admin changes a role and deactivates a user: it applies on their next request, and is audited", async ({
  request,
}) => {
  const user = await registerUser(request);
  const admin = await login(request, "admin@example.com");
  const a = bearer(admin.token);
  const found = await (
    await request.get(`/api/v1/admin/users?q=${encodeURIComponent(user.user.email.toUpperCase())}`, { headers: a })
  ).json();
  expect(found).toMatchObject({
    total: 1,
    page: 1,
    limit: 20,
    data: [{ id: user.user.id, role: "traveller", active: true }],
  });

  const promoted = await request.patch(`/api/v1/admin/users/${user.user.id}`, { headers: a, data: { role: "vendor" } });
  expect((await promoted.json()).user.role).toBe("vendor");
  // the same token now carries vendor rights
  expect(
    (await request.get(`/api/v1/vendors/${user.user.id}/earnings`, { headers: bearer(user.token) })).status(),
  ).toBe(200);

  expect(
    (await request.patch(`/api/v1/admin/users/${user.user.id}`, { headers: a, data: { active: false } })).status(),
  ).toBe(200);
  await expectError(await request.get(`/api/v1/users/${user.user.id}`, { headers: bearer(user.token) }), 401);
  await expectError(
    await request.post("/api/v1/auth/login", { data: { email: user.user.email, password: user.password } }),
    401,
    "invalid_credentials",
  );
  expect(
    (
      await (
        await request.get(`/api/v1/admin/users?active=false&q=${encodeURIComponent(user.user.email)}`, { headers: a })
      ).json()
    ).total,
  ).toBe(1);
  expect(
    (await request.patch(`/api/v1/admin/users/${user.user.id}`, { headers: a, data: { active: true } })).status(),
  ).toBe(200);
  expect(
    (await request.post("/api/v1/auth/login", { data: { email: user.user.email, password: user.password } })).status(),
  ).toBe(200);

  const audit = await (
    await request.get(`/api/v1/admin/audit?entityType=user&entityId=${user.user.id}`, { headers: a })
  ).json();
  // newest first; registration was audited before these
  expect(audit.data.map((e: { action: string }) => e.action).slice(0, 3)).toEqual([
    "user.reactivated",
    "user.deactivated",
    "user.role_changed",
  ]);
  expect(audit.data[2]).toMatchObject({ actor: { id: admin.user.id }, data: { from: "traveller", to: "vendor" } });
});

test("bookings search, CSV export and analytics agree with the money that moved", async ({ request }) => {
  const { departure, trip } = await tripWithDeparture(request, { days: 20, price: 12_345, currency: "nok" });
  const { traveller, booking, payment } = await paidBooking(request, departure.id, 1);
  const admin = await login(request, "admin@example.com");
  const a = bearer(admin.token);
  const refund = await request.post(`/api/v1/payments/${payment.id}/refund`, { headers: a, data: { amount: 1_000 } });
  expect(refund.status(), await refund.text()).toBe(201);

  const list = await (
    await request.get(`/api/v1/admin/bookings?q=${encodeURIComponent(traveller.user.email)}`, { headers: a })
  ).json();
  expect(list).toMatchObject({
    total: 1,
    data: [
      {
        id: booking.id,
        status: "confirmed",
        totalAmount: 12_345,
        refundedAmount: 1_000,
        currency: "nok",
        trip: { id: trip.id },
        traveller: { email: traveller.user.email },
      },
    ],
  });

  const csv = await request.get(`/api/v1/admin/bookings/export?tripId=${trip.id}`, { headers: a });
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(new RegExp(`^${booking.id},.*,confirmed,.*,12345,123\\.45,1000,10\\.00$`));

  // in a currency only this test uses, the figures are exactly this booking's
  await expectError(
    await request.get("/api/v1/admin/analytics?currency=nok&from=2026-01-01&to=2100-01-01", { headers: a }),
    422,
    "validation_failed",
  );
  const bounded = await (
    await request.get("/api/v1/admin/analytics?currency=nok&from=2026-01-01&to=2028-12-31&interval=month", {
      headers: a,
    })
  ).json();
  expect(bounded).toMatchObject({
    currency: "nok",
    gmv: 12_345,
    refunds: 1_000,
    platformRevenue: 2_269,
    averageOrderValue: 12_345,
    bookingsByStatus: { confirmed: 1 },
    topTrips: [{ tripId: trip.id, gmv: 11_345, bookings: 1 }],
  });
  expect(bounded.series.reduce((s: number, p: { gmv: number }) => s + p.gmv, 0)).toBe(12_345);

  const webhooks = await (
    await request.get("/api/v1/admin/webhooks?status=processed&type=payment_intent.succeeded&limit=5", { headers: a })
  ).json();
  expect(webhooks.data[0]).toMatchObject({ type: "payment_intent.succeeded", status: "processed" });
  const payouts = await request.get("/api/v1/admin/payouts?status=paid", { headers: a });
  expect(payouts.status()).toBe(200);
});
