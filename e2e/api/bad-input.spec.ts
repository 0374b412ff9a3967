import { type APIRequestContext, expect, test } from "../support/test";
import Stripe from "stripe";
import { LOCAL_STRIPE_WEBHOOK_SECRET } from "../../lib/local-keys";
import { bearer, expectError, registerUser } from "../support/api";

// Every wrong request is a 4xx in the `{error: {code, message, details?}}` shape: never a 500, never a stack trace.
const JSON_HEADERS = { "content-type": "application/json" };

test.describe("bad input", () => {
  const endpoints = ["/api/v1/auth/register", "/api/v1/auth/login"];

  for (const path of endpoints) {
    test(`${path}: malformed, empty, wrong type, unknown fields, huge`, async ({ request }) => {
      await expectError(
        await request.post(path, { headers: JSON_HEADERS, data: Buffer.from('{"email": "a@b.c",') }),
        400,
        "malformed_json",
      );
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.alloc(0) }), 400);
      await expectError(
        await request.post(path, { headers: { "content-type": "text/plain" }, data: Buffer.from("hello") }),
        415,
        "unsupported_media_type",
      );
      const missing = await expectError(await request.post(path, { data: {} }), 422, "validation_failed");
      expect(missing.error.details.fieldErrors.email).toBeTruthy();
      await expectError(
        await request.post(path, { data: { email: 12, password: ["x"], name: { a: 1 } } }),
        422,
        "validation_failed",
      );
      await expectError(await request.post(path, { data: [1, 2, 3] }), 422);
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.from('"just a string"') }), 422);
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.from("null") }), 422);
      await expectError(
        await request.post(path, { data: { email: "a@b.dev", password: "longenough", name: "A", isAdmin: true } }),
        422,
      );
      await expectError(
        await request.post(path, { data: { email: "a@b.dev", password: "x".repeat(2_000_000), name: "A" } }),
        413,
        "payload_too_large",
      );
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.from([0, 1, 2]) }), 400);
    });
  }

  test("register: field errors name the field", async ({ request }) => {
    const body = await expectError(
      await request.post("/api/v1/auth/register", { data: { email: "nope", password: "short", name: "" } }),
      422,
    );
    expect(Object.keys(body.error.details.fieldErrors).sort()).toEqual(["email", "name", "password"]);
  });

  test("users/:id PUT rejects bad bodies; odd ids are 404", async ({ request }) => {
    const { user, token } = await registerUser(request);
    const url = `/api/v1/users/${user.id}`;
    await expectError(
      await request.put(url, { headers: { ...bearer(token), ...JSON_HEADERS }, data: Buffer.from("{bad") }),
      400,
    );
    await expectError(await request.put(url, { headers: bearer(token), data: { name: 42 } }), 422);
    await expectError(await request.put(url, { headers: bearer(token), data: { name: "x".repeat(500) } }), 422);
    await expectError(await request.put(url, { headers: bearer(token), data: { phone: "call me maybe" } }), 422);
    for (const id of ["%00", "' OR 1=1 --", "x".repeat(300), "../../etc/passwd"]) {
      const res = await request.get(`/api/v1/users/${encodeURIComponent(id)}`, { headers: bearer(token) });
      expect(res.status(), id).toBeGreaterThanOrEqual(400);
      expect(res.status(), id).toBeLessThan(500);
    }
  });

  test("unknown endpoints and methods are JSON 4xx", async ({ request }) => {
    await expectError(await request.get("/api/v1/nothing-here"), 404, "not_found");
    const res = await request.patch("/api/v1/auth/login", { data: {} });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
  });
});

const TRIP = {
  title: "Input Integrity Trip",
  description: "A trip made by the bad-input tests of the API.",
  city: "Lisbon",
  country: "Portugal",
  pricePerSeat: 10_000,
  durationDays: 2,
};

async function vendorTrip(request: APIRequestContext, overrides: Record<string, unknown> = {}) {
  const vendor = await registerUser(request, { role: "vendor" });
  const res = await request.post("/api/v1/trips", {
    headers: bearer(vendor.token),
    data: { ...TRIP, status: "published", ...overrides },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { vendor, headers: bearer(vendor.token), trip: (await res.json()).trip as { id: string } };
}

/** A 422 `validation_failed` whose field errors name `field`. */
async function expectFieldError(res: Awaited<ReturnType<APIRequestContext["get"]>>, field: string) {
  const body = await expectError(res, 422, "validation_failed");
  expect(Object.keys(body.error.details.fieldErrors), JSON.stringify(body)).toContain(field);
  return body;
}

test.describe("input integrity", () => {
  test("a NUL in a JSON string, a query value or a path is a 4xx naming the field, never a 500", async ({
    request,
  }) => {
    await expectFieldError(
      await request.post("/api/v1/auth/register", {
        data: { email: "nul@e2e.travellr.dev", password: "longenough", name: "A\u0000B" },
      }),
      "name",
    );
    await expectFieldError(
      await request.post("/api/v1/auth/login", { data: { email: "a@b.dev", password: "x\u0000y" } }),
      "password",
    );
    await expectFieldError(await request.get("/api/v1/trips?q=a%00b"), "q");
    await expectFieldError(await request.get("/api/v1/trips?destination=%00"), "destination");
    const { headers, trip } = await vendorTrip(request);
    await expectFieldError(
      await request.post("/api/v1/trips", { headers, data: { ...TRIP, title: "Nul\u0000 trip" } }),
      "title",
    );
    await expectFieldError(
      await request.put(`/api/v1/trips/${trip.id}`, { headers, data: { images: ["/images/a\u0000.jpg"] } }),
      "images",
    );
    await expectFieldError(
      await request.post(`/api/v1/trips/${trip.id}/departures`, {
        headers,
        data: { startsAt: "2030-06-01T08:00", timeZone: "Europe/Lisbon\u0000", capacity: 3 },
      }),
      "timeZone",
    );
    const traveller = await registerUser(request);
    await expectFieldError(
      await request.post("/api/v1/bookings", {
        headers: bearer(traveller.token),
        data: { departureId: "\u0000", seats: 1 },
      }),
      "departureId",
    );
    await expectFieldError(
      await request.get("/api/v1/bookings?status=%00", { headers: bearer(traveller.token) }),
      "status",
    );
    for (const path of ["/api/v1/trips/%00", `/api/v1/bookings/a%00b`, `/api/v1/users/${traveller.user.id}%00`]) {
      const res = await request.get(path, { headers: bearer(traveller.token) });
      expect(res.status(), `${path}: ${await res.text()}`).toBeGreaterThanOrEqual(400);
      expect(res.status(), path).toBeLessThan(500);
    }
  });

  test("dates must be real calendar moments between 1970 and 2100", async ({ request }) => {
    const { headers, trip } = await vendorTrip(request);
    const url = `/api/v1/trips/${trip.id}/departures`;
    for (const startsAt of [
      "2027-02-30T10:00",
      "2027-01-01T25:00",
      "2027-13-01T10:00",
      "2027-04-31T10:00:00Z",
      "2101-01-01T10:00",
      "1969-07-20T20:17:00Z",
      "2027-06-01",
      "next tuesday",
    ]) {
      await expectFieldError(
        await request.post(url, { headers, data: { startsAt, timeZone: "Europe/Lisbon", capacity: 3 } }),
        "startsAt",
      );
    }
    const ok = await request.post(url, {
      headers,
      data: { startsAt: "2030-02-28T09:30", timeZone: "Europe/Lisbon", capacity: 3 },
    });
    expect(ok.status(), await ok.text()).toBe(201);
    for (const qs of [
      "from=2027-02-30",
      "to=2027-13-01",
      "from=1969-12-31",
      "to=2101-01-01",
      "from=2027-01-01T25:00:00Z",
      "from=March%207",
    ]) {
      await expectFieldError(await request.get(`/api/v1/trips?${qs}`), qs.split("=")[0]);
    }
  });

  test("JSON numbers are never coerced from strings; query numbers are plain digits only", async ({ request }) => {
    const { headers, trip } = await vendorTrip(request);
    await expectFieldError(
      await request.post("/api/v1/trips", { headers, data: { ...TRIP, pricePerSeat: "10000" } }),
      "pricePerSeat",
    );
    await expectFieldError(
      await request.post("/api/v1/trips", { headers, data: { ...TRIP, durationDays: "2" } }),
      "durationDays",
    );
    await expectFieldError(
      await request.post(`/api/v1/trips/${trip.id}/departures`, {
        headers,
        data: { startsAt: "2030-06-01T08:00", timeZone: "Europe/Lisbon", capacity: "5" },
      }),
      "capacity",
    );
    const traveller = await registerUser(request);
    await expectFieldError(
      await request.post("/api/v1/bookings", {
        headers: bearer(traveller.token),
        data: { departureId: "x", seats: "2" },
      }),
      "seats",
    );
    for (const qs of ["limit=12abc", "page=1e2", "minPrice=0x10", "maxPrice=%2010", "seats=2.5", "page=-1", "limit="]) {
      await expectFieldError(await request.get(`/api/v1/trips?${qs}`), qs.split("=")[0]);
    }
    expect((await request.get("/api/v1/trips?limit=5&page=1&minPrice=0")).status()).toBe(200);
  });

  test("prices below Stripe's minimum charge for the currency are a 422 when set, not a 503 at booking", async ({
    request,
  }) => {
    const vendor = await registerUser(request, { role: "vendor" });
    const headers = bearer(vendor.token);
    for (const [pricePerSeat, currency] of [
      [49, "usd"],
      [29, "gbp"],
      [49, "jpy"],
      [49, "EUR"],
      [1_499, "czk"],
    ] as const) {
      await expectFieldError(
        await request.post("/api/v1/trips", { headers, data: { ...TRIP, pricePerSeat, currency } }),
        "pricePerSeat",
      );
    }
    await expectFieldError(
      await request.post("/api/v1/trips", { headers, data: { ...TRIP, currency: "xyz" } }),
      "currency",
    );
    const mine = await vendorTrip(request, { pricePerSeat: 50 });
    await expectFieldError(
      await request.put(`/api/v1/trips/${mine.trip.id}`, { headers: mine.headers, data: { pricePerSeat: 49 } }),
      "pricePerSeat",
    );
    await expectFieldError(
      await request.put(`/api/v1/trips/${mine.trip.id}`, { headers: mine.headers, data: { currency: "sek" } }),
      "pricePerSeat",
    );
    const url = `/api/v1/trips/${mine.trip.id}/departures`;
    await expectFieldError(
      await request.post(url, {
        headers: mine.headers,
        data: { startsAt: "2030-06-01T08:00", timeZone: "Europe/Lisbon", capacity: 2, priceOverride: 0 },
      }),
      "priceOverride",
    );
    await expectFieldError(
      await request.post(url, {
        headers: mine.headers,
        data: { startsAt: "2030-06-01T08:00", timeZone: "Europe/Lisbon", capacity: 2, priceOverride: 49 },
      }),
      "priceOverride",
    );
    const cheapest = await request.post(url, {
      headers: mine.headers,
      data: { startsAt: "2030-06-01T08:00", timeZone: "Europe/Lisbon", capacity: 2, priceOverride: 50 },
    });
    expect(cheapest.status(), await cheapest.text()).toBe(201);
    // the cheapest accepted price can really be paid: the booking starts its payment
    const traveller = await registerUser(request);
    const booked = await request.post("/api/v1/bookings", {
      headers: bearer(traveller.token),
      data: { departureId: (await cheapest.json()).departure.id, seats: 1 },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    expect((await booked.json()).payment).toMatchObject({ amount: 50, currency: "usd" });
  });

  test("image URLs are https or site paths only", async ({ request }) => {
    const { headers, trip } = await vendorTrip(request);
    for (const image of [
      "//evil.example/x.jpg",
      "/\\evil.example/x.jpg",
      "http://example.com/x.jpg",
      "javascript:alert(1)",
      "data:image/png;base64,AAAA",
      "https:///evil.example/x.jpg",
      "images/x.jpg",
    ]) {
      await expectFieldError(
        await request.put(`/api/v1/trips/${trip.id}`, { headers, data: { images: [image] } }),
        "images",
      );
    }
    const ok = await request.put(`/api/v1/trips/${trip.id}`, {
      headers,
      data: { images: ["/images/x.jpg", "https://cdn.example.com/x.jpg"] },
    });
    expect(ok.status(), await ok.text()).toBe(200);
    expect((await ok.json()).trip.images).toEqual(["/images/x.jpg", "https://cdn.example.com/x.jpg"]);
  });

  test("a method a known path does not serve is a 405 in the error shape with Allow", async ({ request }) => {
    const { trip } = await vendorTrip(request);
    const cases: [string, string, string][] = [
      ["DELETE", "/api/v1/bookings", "GET, HEAD, OPTIONS, POST"],
      ["PUT", "/api/v1/auth/login", "OPTIONS, POST"],
      ["PATCH", "/api/v1/auth/login", "OPTIONS, POST"],
      ["GET", "/api/v1/auth/register", "OPTIONS, POST"],
      ["POST", `/api/v1/trips/${trip.id}`, "DELETE, GET, HEAD, OPTIONS, PUT"],
      ["DELETE", "/api/v1/notifications", "GET, HEAD, OPTIONS"],
      ["PUT", "/api/v1/admin/users/some-id", "OPTIONS, PATCH"],
      ["GET", "/api/webhooks/stripe", "OPTIONS, POST"],
    ];
    for (const [method, path, allow] of cases) {
      const res = await request.fetch(path, { method });
      await expectError(res, 405, "method_not_allowed");
      expect(res.headers()["allow"], `${method} ${path}`).toBe(allow);
    }
    const head = await request.head("/api/v1/auth/login");
    expect(head.status()).toBe(405);
    expect(head.headers()["allow"]).toBe("OPTIONS, POST");
    const options = await request.fetch("/api/v1/bookings", { method: "OPTIONS" });
    expect(options.status()).toBe(204);
    expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");
  });

  test("a signed Stripe webhook for an unknown PaymentIntent or without data.object is a 200, ignored", async ({
    request,
  }) => {
    const deliver = (body: Record<string, unknown>) => {
      const payload = JSON.stringify(body);
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: LOCAL_STRIPE_WEBHOOK_SECRET });
      return request.post("/api/webhooks/stripe", {
        headers: { "stripe-signature": signature, "content-type": "application/json" },
        data: Buffer.from(payload),
      });
    };
    const id = () => `evt_e2e_${Math.random().toString(36).slice(2)}`;
    const base = {
      object: "event",
      livemode: false,
      created: Math.floor(Date.now() / 1000),
      api_version: "2025-01-01",
    };
    const unknown = await deliver({
      ...base,
      id: id(),
      type: "payment_intent.succeeded",
      data: { object: { id: "pi_e2e_never_created", object: "payment_intent", status: "succeeded" } },
    });
    expect(unknown.status(), await unknown.text()).toBe(200);
    expect(await unknown.json()).toEqual({ received: true, result: "ignored_unknown_payment_intent" });
    for (const data of [{}, { object: null }, undefined]) {
      const res = await deliver({
        ...base,
        id: id(),
        type: "payment_intent.payment_failed",
        ...(data ? { data } : {}),
      });
      expect(res.status(), await res.text()).toBe(200);
      expect(await res.json()).toEqual({ received: true, result: "ignored_missing_object" });
    }
    // unsigned is still refused
    await expectError(
      await request.post("/api/webhooks/stripe", { headers: { "stripe-signature": "t=1,v1=00" }, data: { id: id() } }),
      400,
    );
  });
});
