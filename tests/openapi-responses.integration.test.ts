// Real route handlers against the test database and the Stripe stand-in: each answer is checked against the schema the
// OpenAPI document publishes for its operation and status (the same check the api end-to-end tests apply).
import { beforeAll, describe, expect, test, vi } from "vitest";
import * as login from "@/app/api/v1/auth/login/route";
import * as register from "@/app/api/v1/auth/register/route";
import * as adminUsers from "@/app/api/v1/admin/users/route";
import * as bookingCancel from "@/app/api/v1/bookings/[id]/cancel/route";
import * as bookingCancellation from "@/app/api/v1/bookings/[id]/cancellation/route";
import * as booking from "@/app/api/v1/bookings/[id]/route";
import * as bookings from "@/app/api/v1/bookings/route";
import * as notifications from "@/app/api/v1/notifications/route";
import * as payment from "@/app/api/v1/payments/[id]/route";
import * as departures from "@/app/api/v1/trips/[id]/departures/route";
import * as trip from "@/app/api/v1/trips/[id]/route";
import * as trips from "@/app/api/v1/trips/route";
import * as user from "@/app/api/v1/users/[id]/route";
import * as vendor from "@/app/api/v1/vendors/[id]/route";
import * as waitlist from "@/app/api/v1/waitlist/route";
import { createResponseValidator } from "@/e2e/support/openapi-validator";
import { db } from "@/lib/db";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { uniqueEmail } from "./support/factories";

vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));

type Handler = (req: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
const { check } = createResponseValidator(buildOpenApiDocument());

/** Calls a route handler like Next.js would and returns the parsed body once the answer passed the document's check. */
async function call(
  handler: Handler,
  method: string,
  path: string,
  { token, body, params = {} }: { token?: string; body?: unknown; params?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await handler(
    new Request(`http://localhost${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await res.text();
  const problems = check({
    method,
    path: new URL(`http://localhost${path}`).pathname,
    status: res.status,
    contentType: res.headers.get("content-type") ?? "",
    body: text,
  });
  expect(problems, `${method} ${path} → ${res.status}: ${text.slice(0, 300)}`).toEqual([]);
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

let vendorToken: string, vendorId: string, travellerToken: string, travellerId: string;
beforeAll(async () => {
  const v = await call(register.POST, "POST", "/api/v1/auth/register", {
    body: { email: uniqueEmail("oa-vendor"), password: "long-enough", name: "OA Vendor", role: "vendor" },
  });
  [vendorToken, vendorId] = [v.json.token, v.json.user.id];
  const email = uniqueEmail("oa-traveller");
  await call(register.POST, "POST", "/api/v1/auth/register", {
    body: { email, password: "long-enough", name: "OA Traveller" },
  });
  const t = await call(login.POST, "POST", "/api/v1/auth/login", { body: { email, password: "long-enough" } });
  [travellerToken, travellerId] = [t.json.token, t.json.user.id];
});

describe("responses fit the published schemas", () => {
  test("catalogue: create a trip and a departure, search, read", async () => {
    const created = await call(trips.POST, "POST", "/api/v1/trips", {
      token: vendorToken,
      body: {
        title: "OpenAPI Coast Walk",
        description: "A trip made by the OpenAPI response tests.",
        city: "Faro",
        country: "Portugal",
        pricePerSeat: 15_000,
        durationDays: 2,
        status: "published",
      },
    });
    expect(created.status).toBe(201);
    const id = created.json.trip.id;
    const startsAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    expect(
      (
        await call(departures.POST, "POST", `/api/v1/trips/${id}/departures`, {
          token: vendorToken,
          body: { startsAt, timeZone: "Europe/Lisbon", capacity: 5 },
          params: { id },
        })
      ).status,
    ).toBe(201);
    const found = await call(trips.GET, "GET", "/api/v1/trips?q=OpenAPI%20Coast&limit=5");
    expect(found.json.total).toBeGreaterThan(0);
    expect((await call(trip.GET, "GET", `/api/v1/trips/${id}`, { params: { id } })).json.trip.departures).toHaveLength(
      1,
    );
    expect((await call(trip.GET, "GET", "/api/v1/trips/nope", { params: { id: "nope" } })).status).toBe(404);
    expect(
      (await call(vendor.GET, "GET", `/api/v1/vendors/${vendorId}`, { token: vendorToken, params: { id: vendorId } }))
        .status,
    ).toBe(200);
  });

  test("bookings: book, read, list, quote, cancel", async () => {
    const t = await db.trip.findFirstOrThrow({ where: { vendorId }, include: { departures: true } });
    const departureId = t.departures[0].id;
    const created = await call(bookings.POST, "POST", "/api/v1/bookings", {
      token: travellerToken,
      body: { departureId, seats: 2 },
    });
    expect(created.status).toBe(201);
    const id = created.json.booking.id;
    await call(booking.GET, "GET", `/api/v1/bookings/${id}`, { token: travellerToken, params: { id } });
    await call(payment.GET, "GET", `/api/v1/payments/${created.json.payment.id}`, {
      token: travellerToken,
      params: { id: created.json.payment.id },
    });
    expect((await call(bookings.GET, "GET", "/api/v1/bookings?limit=5", { token: travellerToken })).json.total).toBe(1);
    await call(booking.PUT, "PUT", `/api/v1/bookings/${id}`, {
      token: travellerToken,
      body: { notes: "window seat" },
      params: { id },
    });
    await call(bookingCancellation.GET, "GET", `/api/v1/bookings/${id}/cancellation`, {
      token: travellerToken,
      params: { id },
    });
    const cancelled = await call(bookingCancel.POST, "POST", `/api/v1/bookings/${id}/cancel`, {
      token: travellerToken,
      body: { reason: "plans changed" },
      params: { id },
    });
    expect(cancelled.json.booking.status).toBe("cancelled");
    expect(
      (
        await call(bookings.POST, "POST", "/api/v1/bookings", {
          token: travellerToken,
          body: { departureId, seats: 0 },
        })
      ).status,
    ).toBe(422);
  });

  test("account: profile, notifications, waitlist, a forbidden admin list, a 405", async () => {
    await call(user.GET, "GET", `/api/v1/users/${travellerId}`, { token: travellerToken, params: { id: travellerId } });
    await call(user.PUT, "PUT", `/api/v1/users/${travellerId}`, {
      token: travellerToken,
      body: { phone: "+1 555 010 2030" },
      params: { id: travellerId },
    });
    await call(notifications.GET, "GET", "/api/v1/notifications", { token: travellerToken });
    await call(waitlist.GET, "GET", "/api/v1/waitlist", { token: travellerToken });
    expect((await call(adminUsers.GET, "GET", "/api/v1/admin/users", { token: travellerToken })).status).toBe(403);
    expect((await call(adminUsers.GET, "GET", "/api/v1/admin/users")).status).toBe(401);
    expect((await call(trips.PATCH, "PATCH", "/api/v1/trips")).status).toBe(405);
  });
});
