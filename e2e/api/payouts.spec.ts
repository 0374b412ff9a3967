import { expect, test } from "../support/test";
import { bearer, expectError, login, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

test("a vendor is paid: completion, earnings, Connect, an admin payout, the payouts list and a statement", async ({
  request,
}) => {
  const { vendor, departure } = await tripWithDeparture(request, { days: 5, price: 40_000 });
  const { traveller, booking } = await paidBooking(request, departure.id, 2);
  const admin = await login(request, "admin@example.com");
  const v = bearer(vendor.token);

  // completion: not before the departure starts for the vendor, never for the traveller, any time for an admin
  await expectError(
    await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: v }),
    409,
    "invalid_state",
  );
  await expectError(
    await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: bearer(traveller.token) }),
    403,
    "forbidden",
  );
  const completed = await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: bearer(admin.token) });
  expect(completed.status(), await completed.text()).toBe(200);
  expect((await completed.json()).booking.status).toBe("completed");
  await expectError(
    await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: bearer(admin.token) }),
    409,
    "invalid_state",
  );
  await expectError(
    await request.post(`/api/v1/bookings/${booking.id}/cancel`, { headers: bearer(traveller.token) }),
    409,
    "invalid_state",
  );

  const earnings = await (
    await request.get(`/api/v1/vendors/${vendor.user.id}/earnings?currency=usd`, { headers: v })
  ).json();
  expect(earnings.earnings).toEqual({
    currency: "usd",
    pending: 0,
    available: 64_000,
    paidOut: 0,
    balance: 64_000,
    lifetimeGross: 80_000,
    lifetimeCommission: 16_000,
  });

  // the profile; an admin may pay out only once the vendor can receive payouts
  const profile = await (await request.get(`/api/v1/vendors/${vendor.user.id}`, { headers: v })).json();
  expect(profile.vendor).toMatchObject({
    id: vendor.user.id,
    payoutSchedule: "weekly",
    stripeAccountId: null,
    payoutsEnabled: false,
    taxFormFlaggedAt: null,
  });
  await expectError(
    await request.post(`/api/v1/vendors/${vendor.user.id}/payout`, { headers: bearer(admin.token) }),
    409,
    "payouts_not_enabled",
  );

  const connect = await request.post(`/api/v1/vendors/${vendor.user.id}/connect`, { headers: v });
  expect(connect.status(), await connect.text()).toBe(200);
  const { url } = await connect.json();
  const onboarded = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "business_name=E2E",
    redirect: "manual",
  });
  expect(onboarded.status).toBe(303);
  // account.updated reaches the webhook and enables payouts
  await expect(async () => {
    expect(
      (await (await request.get(`/api/v1/vendors/${vendor.user.id}`, { headers: v })).json()).vendor.payoutsEnabled,
    ).toBe(true);
  }).toPass({ timeout: 20_000 });

  const paid = await request.post(`/api/v1/vendors/${vendor.user.id}/payout`, { headers: bearer(admin.token) });
  expect(paid.status(), await paid.text()).toBe(201);
  const { payout } = await paid.json();
  expect(payout).toMatchObject({
    vendorId: vendor.user.id,
    amount: 64_000,
    currency: "usd",
    status: "paid",
    stripeTransferId: expect.stringMatching(/^tr_/),
  });
  const again = await expectError(
    await request.post(`/api/v1/vendors/${vendor.user.id}/payout`, { headers: bearer(admin.token) }),
    422,
    "below_minimum",
  );
  expect(again.error.details).toMatchObject({ available: 0, minimum: 5_000 });

  const list = await (await request.get(`/api/v1/vendors/${vendor.user.id}/payouts`, { headers: v })).json();
  expect(list).toMatchObject({
    page: 1,
    limit: 20,
    total: 1,
    data: [{ id: payout.id, status: "paid", amount: 64_000 }],
  });
  expect(
    (await (await request.get(`/api/v1/vendors/${vendor.user.id}/earnings`, { headers: v })).json()).earnings,
  ).toMatchObject({ available: 0, paidOut: 64_000 });

  const month = new Date().toISOString().slice(0, 7);
  const statement = await request.get(`/api/v1/vendors/${vendor.user.id}/statements/${month}`, { headers: v });
  expect(statement.status()).toBe(200);
  expect(statement.headers()["content-type"]).toContain("text/csv");
  const rows = (await statement.text()).trim().split("\r\n");
  expect(rows[0]).toMatch(/^date,type,booking_id,trip,payout_id,currency,gross,commission,net,payout/);
  expect(rows.at(-1)).toBe(",total,,,,usd,800.00,160.00,640.00,640.00,80000,16000,64000,64000");
});

test("payout endpoints check who is asking and what they send", async ({ request }) => {
  const vendor = await registerUser(request, { role: "vendor" });
  const other = await registerUser(request, { role: "vendor" });
  const traveller = await registerUser(request);
  const admin = await login(request, "admin@example.com");
  const id = vendor.user.id;

  await expectError(await request.get(`/api/v1/vendors/${id}/earnings`), 401, "unauthenticated");
  await expectError(
    await request.get(`/api/v1/vendors/${id}/earnings`, { headers: bearer(other.token) }),
    404,
    "not_found",
  );
  await expectError(await request.get(`/api/v1/vendors/${id}`, { headers: bearer(traveller.token) }), 403, "forbidden");
  await expectError(
    await request.get(`/api/v1/vendors/${id}/earnings?currency=US`, { headers: bearer(vendor.token) }),
    422,
    "validation_failed",
  );
  await expectError(
    await request.put(`/api/v1/vendors/${id}`, { headers: bearer(vendor.token), data: { payoutSchedule: "daily" } }),
    422,
    "validation_failed",
  );
  await expectError(
    await request.put(`/api/v1/vendors/${id}`, { headers: bearer(vendor.token), data: { stripeAccountId: "acct_x" } }),
    422,
    "validation_failed",
  );
  await expectError(
    await request.get(`/api/v1/vendors/${id}/statements/2026-13`, { headers: bearer(vendor.token) }),
    422,
    "validation_failed",
  );
  await expectError(
    await request.post(`/api/v1/vendors/${id}/payout`, { headers: bearer(vendor.token) }),
    403,
    "forbidden",
  );
  await expectError(
    await request.post(`/api/v1/vendors/${id}/connect`, { headers: bearer(admin.token) }),
    403,
    "forbidden",
  );
  await expectError(
    await request.post("/api/v1/admin/payouts/run", { headers: bearer(vendor.token) }),
    403,
    "forbidden",
  );
  await expectError(
    await request.post(`/api/v1/vendors/${traveller.user.id}/payout`, { headers: bearer(admin.token) }),
    404,
    "not_found",
  );

  const updated = await request.put(`/api/v1/vendors/${id}`, {
    headers: bearer(vendor.token),
    data: { displayName: "Fjord Walks", bio: "Small groups", payoutSchedule: "monthly" },
  });
  expect(updated.status(), await updated.text()).toBe(200);
  expect((await updated.json()).vendor).toMatchObject({
    displayName: "Fjord Walks",
    bio: "Small groups",
    payoutSchedule: "monthly",
    connectStatus: "not_connected",
  });
  expect(
    (await (await request.get(`/api/v1/vendors/${id}`, { headers: bearer(admin.token) })).json()).vendor.displayName,
  ).toBe("Fjord Walks");

  const run = await request.post("/api/v1/admin/payouts/run", { headers: bearer(admin.token) });
  expect(run.status(), await run.text()).toBe(200);
  expect((await run.json()).run).toEqual(
    expect.objectContaining({ paid: expect.any(Number), failed: expect.any(Number), belowMinimum: expect.any(Number) }),
  );
  const empty = await (await request.get(`/api/v1/vendors/${id}/payouts`, { headers: bearer(vendor.token) })).json();
  expect(empty).toEqual({ data: [], page: 1, limit: 20, total: 0 });
});
