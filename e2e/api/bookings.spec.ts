import { type APIRequestContext, expect, test } from "../support/test";
import { bearer, expectError, login, registerUser } from "../support/api";

async function vendorWithDeparture(request: APIRequestContext, capacity = 5) {
  const vendor = await registerUser(request, { role: "vendor" });
  const tripRes = await request.post("/api/v1/trips", {
    headers: bearer(vendor.token),
    data: {
      title: "API Test Trip",
      description: "A trip created by the API tests for booking.",
      city: "Porto",
      country: "Portugal",
      pricePerSeat: 15_000,
      durationDays: 2,
      status: "published",
    },
  });
  expect(tripRes.status(), await tripRes.text()).toBe(201);
  const trip = (await tripRes.json()).trip;
  const depRes = await request.post(`/api/v1/trips/${trip.id}/departures`, {
    headers: bearer(vendor.token),
    data: { startsAt: "2030-06-01T08:00", timeZone: "Europe/Lisbon", capacity },
  });
  expect(depRes.status(), await depRes.text()).toBe(201);
  return { vendor, trip, departure: (await depRes.json()).departure };
}

test.describe("catalogue API", () => {
  test("vendors create trips and departures; travellers cannot; search finds them", async ({ request }) => {
    const { trip, departure } = await vendorWithDeparture(request);
    expect(trip).toMatchObject({ currency: "usd", cancellationPolicy: "moderate", status: "published" });
    // 08:00 in Lisbon in June is 07:00 UTC (summer time)
    expect(departure).toMatchObject({
      startsAt: "2030-06-01T07:00:00.000Z",
      timeZone: "Europe/Lisbon",
      capacity: 5,
      seatsLeft: 5,
      status: "scheduled",
    });

    const traveller = await registerUser(request);
    await expectError(
      await request.post("/api/v1/trips", { headers: bearer(traveller.token), data: {} }),
      403,
      "forbidden",
    );
    await expectError(
      await request.post(`/api/v1/trips/${trip.id}/departures`, {
        headers: bearer(traveller.token),
        data: { startsAt: "2030-01-01T00:00:00Z", timeZone: "UTC", capacity: 1 },
      }),
      403,
    );

    const found = await (await request.get(`/api/v1/trips?q=porto&from=2030-05-31&to=2030-06-01&seats=5`)).json();
    expect(found.data.map((t: { id: string }) => t.id)).toContain(trip.id);
    // a trip saved without images still answers with an array
    expect(found.data.find((t: { id: string }) => t.id === trip.id).images).toEqual([]);
    const none = await (await request.get(`/api/v1/trips?q=porto&seats=6&from=2030-05-31&to=2030-06-02`)).json();
    expect(none.data.map((t: { id: string }) => t.id)).not.toContain(trip.id);
    const single = await (await request.get(`/api/v1/trips/${trip.id}`)).json();
    expect(single.trip.departures[0]).toMatchObject({ id: departure.id, seatsLeft: 5 });
  });

  test("search: filters, sort and pagination; bad parameters are 422", async ({ request }) => {
    const page1 = await (await request.get("/api/v1/trips?limit=5&sort=price_asc")).json();
    expect(page1).toMatchObject({ page: 1, limit: 5 });
    expect(page1.total).toBeGreaterThanOrEqual(40);
    const prices = page1.data.map((t: { pricePerSeat: number }) => t.pricePerSeat);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const page2 = await (await request.get("/api/v1/trips?limit=5&sort=price_asc&page=2")).json();
    expect(page2.data[0].pricePerSeat).toBeGreaterThanOrEqual(prices[4]);
    const ranked = await (await request.get("/api/v1/trips?q=glacier")).json();
    expect(ranked.data.length).toBeGreaterThan(0);
    expect(
      ranked.data.every((t: { title: string; description: string }) => /glacier/i.test(t.title + t.description)),
    ).toBe(true);
    const cheap = await (await request.get("/api/v1/trips?maxPrice=10000")).json();
    expect(cheap.data.every((t: { pricePerSeat: number }) => t.pricePerSeat <= 10_000)).toBe(true);
    const kyoto = await (await request.get("/api/v1/trips?destination=kyoto")).json();
    expect(kyoto.data.every((t: { city: string }) => t.city === "Kyoto")).toBe(true);
    for (const bad of [
      "limit=101",
      "page=0",
      "minPrice=-1",
      "from=yesterday",
      "sort=random",
      "seats=0",
      "minPrice=500&maxPrice=100",
    ]) {
      await expectError(await request.get(`/api/v1/trips?${bad}`), 422, "validation_failed");
    }
  });
});

test.describe("bookings API", () => {
  test("hold seats → pending booking with a PaymentIntent; Idempotency-Key replays; sold_out is 409", async ({
    request,
  }) => {
    const { departure, vendor } = await vendorWithDeparture(request, 3);
    const traveller = await registerUser(request);
    const key = `key-${Date.now()}`;
    const first = await request.post("/api/v1/bookings", {
      headers: { ...bearer(traveller.token), "Idempotency-Key": key },
      data: { departureId: departure.id, seats: 2 },
    });
    expect(first.status(), await first.text()).toBe(201);
    const body = await first.json();
    expect(body.booking).toMatchObject({
      status: "pending",
      seats: 2,
      totalAmount: 30_000,
      currency: "usd",
      commissionBps: 2000,
      userId: traveller.user.id,
    });
    expect(body.payment).toMatchObject({ status: "pending", amount: 30_000, currency: "usd" });
    expect(body.payment.stripePaymentIntentId).toMatch(/^pi_/);
    expect(body.payment.clientSecret).toContain("_secret_");
    expect(body.payment.checkoutUrl).toContain(`/checkout/${body.booking.id}`);

    const replay = await request.post("/api/v1/bookings", {
      headers: { ...bearer(traveller.token), "Idempotency-Key": key },
      data: { departureId: departure.id, seats: 2 },
    });
    expect(replay.status()).toBe(201);
    expect(replay.headers()["idempotent-replayed"]).toBe("true");
    expect((await replay.json()).booking.id).toBe(body.booking.id);
    await expectError(
      await request.post("/api/v1/bookings", {
        headers: { ...bearer(traveller.token), "Idempotency-Key": key },
        data: { departureId: departure.id, seats: 1 },
      }),
      422,
      "idempotency_key_reused",
    );

    const other = await registerUser(request);
    const soldOut = await expectError(
      await request.post("/api/v1/bookings", {
        headers: bearer(other.token),
        data: { departureId: departure.id, seats: 2 },
      }),
      409,
      "sold_out",
    );
    expect(soldOut.error.details).toEqual({ seatsLeft: 1 });

    // visibility: owner (with secret), trip vendor (without), anyone else 404
    const asOwner = await (
      await request.get(`/api/v1/bookings/${body.booking.id}`, { headers: bearer(traveller.token) })
    ).json();
    expect(asOwner.payment.clientSecret).toBeTruthy();
    const asVendor = await (
      await request.get(`/api/v1/bookings/${body.booking.id}`, { headers: bearer(vendor.token) })
    ).json();
    expect(asVendor.payment.clientSecret).toBeNull();
    await expectError(await request.get(`/api/v1/bookings/${body.booking.id}`, { headers: bearer(other.token) }), 404);
    const vendorList = await (
      await request.get("/api/v1/bookings?status=pending", { headers: bearer(vendor.token) })
    ).json();
    expect(vendorList.data.map((b: { id: string }) => b.id)).toContain(body.booking.id);
    const admin = await login(request, "admin@example.com");
    expect((await request.get(`/api/v1/payments/${body.payment.id}`, { headers: bearer(admin.token) })).status()).toBe(
      200,
    );
    await expectError(await request.get(`/api/v1/payments/${body.payment.id}`, { headers: bearer(other.token) }), 404);

    const edited = await request.put(`/api/v1/bookings/${body.booking.id}`, {
      headers: bearer(traveller.token),
      data: { contactName: "Nia", contactPhone: "+351 912 345 678", notes: "Vegetarian" },
    });
    expect((await edited.json()).booking).toMatchObject({ contactName: "Nia", notes: "Vegetarian" });
    await expectError(
      await request.put(`/api/v1/bookings/${body.booking.id}`, { headers: bearer(vendor.token), data: { notes: "x" } }),
      403,
    );
    await expectError(
      await request.put(`/api/v1/bookings/${body.booking.id}`, {
        headers: bearer(traveller.token),
        data: { seats: 5 },
      }),
      422,
    );
  });

  test("retry after a declined card through POST /payments", async ({ request }) => {
    const { departure } = await vendorWithDeparture(request);
    const traveller = await registerUser(request);
    const { booking, payment } = await (
      await request.post("/api/v1/bookings", {
        headers: bearer(traveller.token),
        data: { departureId: departure.id, seats: 1 },
      })
    ).json();
    const retry = await request.post("/api/v1/payments", {
      headers: bearer(traveller.token),
      data: { bookingId: booking.id },
    });
    expect(retry.status(), await retry.text()).toBe(201);
    expect((await retry.json()).payment.stripePaymentIntentId).toBe(payment.stripePaymentIntentId);
    const other = await registerUser(request);
    await expectError(
      await request.post("/api/v1/payments", { headers: bearer(other.token), data: { bookingId: booking.id } }),
      404,
    );
  });

  test("bad booking input is 4xx, never 500", async ({ request }) => {
    const traveller = await registerUser(request);
    const h = bearer(traveller.token);
    await expectError(await request.post("/api/v1/bookings", { headers: h, data: {} }), 422);
    await expectError(
      await request.post("/api/v1/bookings", { headers: h, data: { departureId: "nope", seats: 1 } }),
      404,
    );
    await expectError(
      await request.post("/api/v1/bookings", { headers: h, data: { departureId: "x", seats: 0 } }),
      422,
    );
    await expectError(
      await request.post("/api/v1/bookings", { headers: h, data: { departureId: "x", seats: 2.5 } }),
      422,
    );
    await expectError(
      await request.post("/api/v1/bookings", { headers: h, data: { departureId: "x", seats: 1000 } }),
      422,
    );
    await expectError(
      await request.post("/api/v1/bookings", {
        headers: { ...h, "content-type": "application/json" },
        data: Buffer.from("{"),
      }),
      400,
    );
    await expectError(await request.post("/api/v1/bookings", { data: { departureId: "x", seats: 1 } }), 401);
    await expectError(await request.get("/api/v1/bookings?status=weird", { headers: h }), 422);
    await expectError(await request.get("/api/v1/bookings/does-not-exist", { headers: h }), 404);
  });
});
