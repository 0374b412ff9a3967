// The published OpenAPI document against the code: every route under app/api/v1 is documented with the methods it
// serves and every documented operation has a route; the document holds together as OpenAPI 3.1 (refs resolve, every
// operation answers something, every schema compiles); and what the DTO functions return fits what is published.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Booking, Departure, Payment, Payout, Refund, Trip, User, VendorProfile } from "@prisma/client";
import { describe, expect, test, vi } from "vitest";
import { GET as getDocument, POST as postDocument } from "@/app/api/v1/openapi.json/route";
import { toBookingDto, toPaymentDto, toRefundDto } from "@/lib/bookings/booking-dto";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { toReviewDto } from "@/lib/reviews/review-dto";
import { tripRating } from "@/lib/reviews/rules";
import { toDepartureDto, toTripDto } from "@/lib/trips/trip-dto";
import { toUserDto } from "@/lib/users/user-dto";
import { toPayoutDto, toVendorDto } from "@/lib/vendors/vendor-dto";
import { createResponseValidator } from "@/e2e/support/openapi-validator";

vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));

type Json = { [key: string]: unknown };
const doc = buildOpenApiDocument();
const paths = doc.paths as Record<string, Record<string, Json>>;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "[...path]" ? [] : routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/trips/[id]/route.ts → /api/v1/trips/{id}, with each handler it exports (405 stubs are not handlers). */
const routes = routeFiles("app/api/v1").map((file) => {
  const source = readFileSync(file, "utf8");
  const apiPath =
    "/" +
    path
      .dirname(file)
      .split(path.sep)
      .slice(1)
      .join("/")
      .replace(/\[(\w+)\]/g, "{$1}");
  const handlers = [...source.matchAll(/^export const (GET|POST|PUT|PATCH|DELETE) = /gm)].map((m, i, all) => ({
    method: m[1],
    // the handler's source, up to the next handler or the allowOnly line
    source: source.slice(m.index, all[i + 1]?.index ?? source.indexOf("export const {")),
  }));
  return { file, apiPath, handlers };
});
const served = routes.flatMap((r) => r.handlers.map((h) => `${h.method} ${r.apiPath}`)).sort();
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const documented = Object.entries(paths)
  .flatMap(([p, item]) =>
    Object.keys(item)
      .filter((k) => HTTP_METHODS.includes(k))
      .map((m) => `${m.toUpperCase()} ${p}`),
  )
  .sort();
const operation = (key: string) => {
  const [method, p] = key.split(" ");
  return paths[p][method.toLowerCase()] as {
    parameters?: Json[];
    requestBody?: Json;
    responses: Record<string, Json>;
    operationId: string;
    security?: Json[];
  };
};

describe("the document and the routes agree", () => {
  test("the route files are found", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(served).toContain("GET /api/v1/openapi.json");
  });

  test("every served method of every route is documented", () => {
    expect(served.filter((k) => !documented.includes(k))).toEqual([]);
  });

  test("every documented operation has a route that serves it", () => {
    expect(documented.filter((k) => !served.includes(k))).toEqual([]);
  });

  test.each(routes.flatMap((r) => r.handlers.map((h) => [`${h.method} ${r.apiPath}`, h.source] as const)))(
    "%s: body, query and success status match the handler",
    (key, source) => {
      const op = operation(key);
      expect(Boolean(op.requestBody), "reads a JSON or multipart body ⇔ documents a requestBody").toBe(
        source.includes("readJson(") || source.includes("readOptionalJson(") || source.includes("readFileUpload("),
      );
      if (op.requestBody)
        expect(op.requestBody.required, "an optional body (readOptionalJson) ⇔ requestBody.required is false").toBe(
          !source.includes("readOptionalJson("),
        );
      expect(
        op.parameters?.some((p) => p.in === "query") ?? false,
        "reads the query ⇔ documents query parameters",
      ).toBe(source.includes("readQuery("));
      const status = /status: (\d{3})/.exec(source)?.[1] ?? "200";
      expect(Object.keys(op.responses), "documents the status the handler answers with").toContain(status);
      expect(op.security, "public handlers need no credentials").toEqual(
        source.includes("withPublic(") ? [] : expect.arrayContaining([{ bearerAuth: [] }]),
      );
      expect(
        Object.keys(op.responses).some((s) => s === "429"),
        "authenticated routes document the token rate limit",
      ).toBe(!source.includes("withPublic(") || key.includes("/auth/"));
    },
  );
});

/** Every `$ref` in the document, with where it sits. */
function refs(value: unknown, at = "#"): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => refs(v, `${at}/${i}`));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === "$ref" && typeof v === "string" ? [[at, v] as [string, string]] : refs(v, `${at}/${k}`),
  );
}
const pointer = (ref: string) =>
  ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);

describe("the document is OpenAPI 3.1", () => {
  test("version, info, security scheme and the shared pieces", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: "Travellr API", version: expect.any(String) });
    const components = doc.components as Json;
    expect(components.securitySchemes).toEqual({
      bearerAuth: expect.objectContaining({ type: "http", scheme: "bearer" }),
    });
    expect(Object.keys(components.headers as Json)).toEqual(
      expect.arrayContaining([
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
        "Retry-After",
        "Allow",
      ]),
    );
    expect((components.parameters as Json).IdempotencyKey).toMatchObject({ name: "Idempotency-Key", in: "header" });
    expect((components.responses as Json).RateLimited).toMatchObject({
      headers: { "Retry-After": expect.any(Object) },
    });
    expect((components.responses as Json).MethodNotAllowed).toMatchObject({ headers: { Allow: expect.any(Object) } });
    for (const item of Object.values(paths)) expect(item.description).toMatch(/405/);
  });

  test("every $ref resolves", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([, ref]) => !ref.startsWith("#/") || pointer(ref) === undefined)).toEqual([]);
    // a component that only refers to itself resolves but describes nothing
    const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
    expect(
      Object.entries(schemas)
        .filter(([, s]) => s.$ref)
        .map(([name]) => name),
    ).toEqual([]);
  });

  test.each(documented)("%s: responses, a unique operationId and its path parameters", (key) => {
    const op = operation(key);
    expect(
      Object.keys(op.responses).some((s) => /^2\d\d$/.test(s)),
      "a success response",
    ).toBe(true);
    expect(documented.filter((k) => operation(k).operationId === op.operationId)).toEqual([key]);
    const inPath = [...key.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect((op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name)).toEqual(inPath);
  });

  test("lists use the page envelope, money POSTs take an Idempotency-Key", () => {
    const list = operation("GET /api/v1/bookings").responses["200"] as { content: Record<string, { schema: Json }> };
    expect(list.content["application/json"].schema).toMatchObject({ required: ["data", "page", "limit", "total"] });
    for (const key of [
      "POST /api/v1/bookings",
      "POST /api/v1/payments",
      "POST /api/v1/payments/{id}/refund",
      "POST /api/v1/vendors/{id}/payout",
    ]) {
      expect(operation(key).parameters, key).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" });
    }
  });

  test("every response schema compiles as JSON Schema 2020-12 and an error body fits the error schema", () => {
    const { check } = createResponseValidator(doc);
    for (const key of documented) {
      const [method, p] = key.split(" ");
      for (const status of Object.keys(operation(key).responses)) {
        // an empty object is not a valid body for any success response: the check must complain, not crash
        const problems = check({
          method,
          path: p.replace(/\{\w+\}/g, "x"),
          status: Number(status),
          contentType: "application/json",
          body: "{}",
        });
        if (Number(status) !== 204) expect(problems.length, `${key} ${status}`).toBeGreaterThan(0);
      }
    }
    const error = JSON.stringify({ error: { code: "not_found", message: "Trip not found" } });
    expect(
      check({ method: "GET", path: "/api/v1/trips/x", status: 404, contentType: "application/json", body: error }),
    ).toEqual([]);
    expect(
      check({
        method: "PATCH",
        path: "/api/v1/trips",
        status: 405,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "method_not_allowed", message: "no" } }),
      }),
    ).toEqual([]);
    expect(
      check({
        method: "GET",
        path: "/api/v1/trips/x",
        status: 404,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "nope", message: "x" } }),
      }),
    ).not.toEqual([]);
  });
});

describe("what the DTO functions return is what the document publishes", () => {
  const { check } = createResponseValidator(doc);
  const at = new Date("2027-06-01T08:30:00Z");
  const user = {
    id: "u1",
    email: "a@b.dev",
    name: "Ana",
    phone: null,
    role: "traveller",
    active: true,
    createdAt: at,
  } as User;
  const trip = {
    id: "t1",
    vendorId: "v1",
    title: "Cliffs",
    description: "A long enough description",
    city: "Faro",
    country: "Portugal",
    pricePerSeat: 20_000,
    currency: "usd",
    durationDays: 2,
    cancellationPolicy: "moderate",
    images: [],
    status: "published",
    ratingSum: 9,
    ratingCount: 2,
    itinerary: [{ day: 1, title: "Arrival", description: "Meet at the harbour" }],
    meetingPoint: "Faro Marina",
    included: ["Guide"],
    notIncluded: ["Flights"],
    maxGroupSize: 12,
    languages: ["en", "pt"],
    createdAt: at,
    updatedAt: at,
  } as unknown as Trip;
  const review = {
    id: "rv1",
    tripId: "t1",
    rating: 4,
    comment: "Lovely cliffs and a patient guide.",
    reply: "Thank you!",
    repliedAt: at,
    hiddenAt: null,
    createdAt: at,
    updatedAt: at,
    user: { name: "Ana Lima" },
  };
  const departure = {
    id: "d1",
    tripId: "t1",
    startsAt: at,
    timeZone: "Europe/Lisbon",
    capacity: 10,
    seatsTaken: 3,
    priceOverride: null,
    status: "scheduled",
  } as unknown as Departure;
  const booking = {
    id: "b1",
    code: "TRV-7K3M9Q",
    userId: "u1",
    tripId: "t1",
    departureId: "d1",
    seats: 2,
    unitPrice: 20_000,
    totalAmount: 40_000,
    currency: "usd",
    commissionBps: 1500,
    status: "pending",
    holdExpiresAt: at,
    contactName: null,
    contactPhone: null,
    notes: null,
    confirmedAt: null,
    cancelledAt: null,
    createdAt: at,
  } as unknown as Booking;
  const payment = {
    id: "p1",
    bookingId: "b1",
    amount: 40_000,
    refundedAmount: 0,
    currency: "usd",
    status: "pending",
    stripePaymentIntentId: "pi_1",
    failureCode: null,
    failureMessage: null,
    createdAt: at,
    clientSecret: "pi_1_secret",
  } as unknown as Payment;
  const refund = {
    id: "r1",
    paymentId: "p1",
    amount: 100,
    currency: "usd",
    status: "pending",
    reason: null,
    createdAt: at,
  } as unknown as Refund;
  const vendor = {
    userId: "v1",
    displayName: "North",
    bio: null,
    payoutSchedule: "weekly",
    stripeAccountId: null,
    payoutsEnabled: false,
    requirementsDue: [],
    taxFormFlaggedAt: null,
  } as unknown as VendorProfile;
  const payout = {
    id: "po1",
    vendorId: "v1",
    amount: 100,
    currency: "usd",
    periodStart: at,
    periodEnd: at,
    status: "paid",
    kind: "manual",
    stripeTransferId: "tr_1",
    failureMessage: null,
    paidAt: at,
    createdAt: at,
  } as unknown as Payout;

  const json = (method: string, p: string, status: number, body: unknown) =>
    check({ method, path: p, status, contentType: "application/json", body: JSON.stringify(body) });
  const cases: [string, string, number, unknown][] = [
    ["GET", "/api/v1/users/u1", 200, { user: toUserDto(user) }],
    ["POST", "/api/v1/auth/login", 200, { user: toUserDto(user), token: "tok", expiresAt: at.toISOString() }],
    ["GET", "/api/v1/trips/t1", 200, { trip: toTripDto(trip, [departure]) }],
    ["PUT", "/api/v1/trips/t1", 200, { trip: toTripDto(trip) }],
    ["POST", "/api/v1/trips/t1/departures", 201, { departure: toDepartureDto(departure) }],
    ["POST", "/api/v1/bookings/b1/review", 201, { review: toReviewDto(review) }],
    ["POST", "/api/v1/reviews/rv1/reply", 200, { review: toReviewDto(review) }],
    [
      "GET",
      "/api/v1/trips/t1/reviews",
      200,
      { data: [toReviewDto(review)], page: 1, limit: 10, total: 1, rating: tripRating(trip) },
    ],
    [
      "POST",
      "/api/v1/bookings",
      201,
      { booking: toBookingDto(booking), payment: toPaymentDto(payment, { forOwner: true }) },
    ],
    ["GET", "/api/v1/bookings", 200, { data: [toBookingDto(booking)], page: 1, limit: 20, total: 1 }],
    [
      "GET",
      "/api/v1/bookings/b1",
      200,
      { booking: toBookingDto(booking), payment: null, refunds: [toRefundDto(refund)] },
    ],
    [
      "POST",
      "/api/v1/payments/p1/refund",
      201,
      { refund: toRefundDto(refund), payment: toPaymentDto(payment, { forOwner: false }) },
    ],
    ["GET", "/api/v1/vendors/v1", 200, { vendor: toVendorDto(vendor) }],
    ["GET", "/api/v1/vendors/v1/payouts", 200, { data: [toPayoutDto(payout)], page: 1, limit: 20, total: 1 }],
  ];

  test.each(cases)("%s %s → %i fits", (method, p, status, body) => {
    expect(json(method, p, status, body)).toEqual([]);
  });

  test("a missing, renamed or mistyped field does not fit", () => {
    const { totalAmount: _dropped, ...withoutTotal } = toBookingDto(booking);
    expect(
      json("GET", "/api/v1/bookings/b1", 200, { booking: withoutTotal, payment: null, refunds: [] }).join(),
    ).toMatch(/totalAmount/);
    const { email, ...rest } = toUserDto(user);
    expect(json("GET", "/api/v1/users/u1", 200, { user: { ...rest, mail: email } }).join()).toMatch(/email/);
    expect(
      json("GET", "/api/v1/users/u1", 200, { user: { ...toUserDto(user), createdAt: "yesterday" } }).join(),
    ).toMatch(/date-time/);
    expect(json("GET", "/api/v1/bookings", 200, { data: [], page: 1, limit: 20 }).join()).toMatch(/total/);
  });
});

describe("GET /api/v1/openapi.json", () => {
  const route = { params: Promise.resolve({}) };
  test("serves the document", async () => {
    const res = await getDocument(new Request("http://localhost/api/v1/openapi.json"), route);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  test("other methods are a 405 in the error shape", async () => {
    const res = postDocument(new Request("http://localhost/api/v1/openapi.json", { method: "POST" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});
