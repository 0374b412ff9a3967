// The limits wired into the real route handlers, against the test database, with the app configured for Upstash
// (UPSTASH_REDIS_REST_URL/TOKEN → the local shim → a real redis-server), as production would be.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as createBookingRoute } from "@/app/api/v1/bookings/route";
import { POST as refundRoute } from "@/app/api/v1/payments/[id]/refund/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { limitBearerToken, limitBookingCreation, limitRefunds, rateLimiter } from "@/lib/rate-limit/limits";
import { UpstashRateLimitStore } from "@/lib/rate-limit/upstash-store";
import { registerUser } from "@/lib/users/register-user";
import { RegisterInput } from "@/lib/users/schemas";
import { makeDeparture, makeTravellers } from "./support/catalogue";
import { uniqueEmail } from "./support/factories";
import { upstashShimForFile } from "./support/upstash";

// next-auth cannot load under vitest (it imports "next/server" without an extension); these tests authenticate with
// bearer tokens only, so browser sessions are stubbed out as "no session"
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));

const shim = upstashShimForFile();
process.env.RATE_LIMIT_REGISTER_PER_HOUR = "3";
beforeAll(() => {
  process.env.UPSTASH_REDIS_REST_URL = shim.url;
  process.env.UPSTASH_REDIS_REST_TOKEN = shim.token;
  vi.spyOn(logger, "warn").mockImplementation(() => undefined);
});

const fakeIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
const route = { params: Promise.resolve({}) };
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

async function expect429(res: Response) {
  expect(res.status).toBe(429);
  const body = (await res.json()) as { error: { code: string; details: { retryAfterSeconds: number } } };
  expect(body.error.code).toBe("rate_limited");
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(body.error.details.retryAfterSeconds).toBe(retryAfter);
  expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
  expect(Number(res.headers.get("x-ratelimit-limit"))).toBeGreaterThan(0);
  expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
  return retryAfter;
}

test("the app is using the Upstash store", () => {
  expect(rateLimiter().store).toBeInstanceOf(UpstashRateLimitStore);
});

describe("POST /api/v1/auth/login", () => {
  test("5 wrong passwords → 401, then 429 with Retry-After; the right password is 429 too, from any IP", async () => {
    const email = uniqueEmail();
    await registerUser(RegisterInput.parse({ email, password: "correct-horse", name: "Locked" }));
    const ip = fakeIp();
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await login(post("/api/v1/auth/login", { email, password: "wrong-horse" }, { "x-forwarded-for": ip }), route))
          .status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const retryAfter = await expect429(
      await login(post("/api/v1/auth/login", { email, password: "wrong-horse" }, { "x-forwarded-for": ip }), route),
    );
    expect(retryAfter).toBeGreaterThan(14 * 60);
    await expect429(
      await login(post("/api/v1/auth/login", { email, password: "correct-horse" }, { "x-forwarded-for": ip }), route),
    );
    await expect429(
      await login(
        post(
          "/api/v1/auth/login",
          { email: email.toUpperCase(), password: "correct-horse" },
          { "x-real-ip": fakeIp() },
        ),
        route,
      ),
    );
  });

  test("a correct login clears the account's failures", async () => {
    const email = uniqueEmail();
    await registerUser(RegisterInput.parse({ email, password: "correct-horse", name: "Forgetful" }));
    const attempt = (password: string) =>
      login(post("/api/v1/auth/login", { email, password }, { "x-forwarded-for": fakeIp() }), route);
    for (let i = 0; i < 4; i++) expect((await attempt("wrong-horse")).status).toBe(401);
    expect((await attempt("correct-horse")).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt("wrong-horse")).status).toBe(401);
    expect((await attempt("correct-horse")).status).toBe(200);
  });
});

describe("POST /api/v1/auth/register", () => {
  test("per IP: RATE_LIMIT_REGISTER_PER_HOUR sign-ups (counting down in headers), then 429; other IPs unaffected", async () => {
    const ip = fakeIp();
    const attempt = (from: string) =>
      register(
        post(
          "/api/v1/auth/register",
          { email: uniqueEmail(), password: "long-enough", name: "Signup" },
          { "x-forwarded-for": from },
        ),
        route,
      );
    const first = await attempt(ip);
    expect(first.status).toBe(201);
    expect(first.headers.get("x-ratelimit-limit")).toBe("3");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("2");
    // malformed attempts count as well
    expect(
      (await register(post("/api/v1/auth/register", { email: "nope" }, { "x-forwarded-for": ip }), route)).status,
    ).toBe(422);
    expect((await attempt(ip)).headers.get("x-ratelimit-remaining")).toBe("0");
    const refusedEmail = uniqueEmail();
    await expect429(
      await register(
        post(
          "/api/v1/auth/register",
          { email: refusedEmail, password: "long-enough", name: "Refused" },
          { "x-forwarded-for": ip },
        ),
        route,
      ),
    );
    expect(await db.user.count({ where: { email: refusedEmail } })).toBe(0);
    expect((await attempt(fakeIp())).status).toBe(201);
  });
});

describe("limits keyed by user", () => {
  test("booking creation: once a user's 30 an hour are used, POST /api/v1/bookings is 429 and holds no seats", async () => {
    const [traveller] = await makeTravellers(1);
    const { departure } = await makeDeparture({ capacity: 5 });
    const { token } = await issueApiToken(traveller.id);
    for (let i = 0; i < 30; i++) await limitBookingCreation(traveller.id);
    const res = await createBookingRoute(
      post("/api/v1/bookings", { departureId: departure.id, seats: 1 }, { authorization: `Bearer ${token}` }),
      route,
    );
    await expect429(res);
    expect(await db.booking.count({ where: { userId: traveller.id } })).toBe(0);
  });

  test("refunds: once an admin's 30 an hour are used, POST /api/v1/payments/:id/refund is 429", async () => {
    const admin = await db.user.create({
      data: { email: uniqueEmail("admin"), passwordHash: "x", name: "Admin", role: "admin" },
    });
    const { token } = await issueApiToken(admin.id);
    for (let i = 0; i < 30; i++) await limitRefunds(admin.id);
    // the limit comes before the payment is even looked up: an unknown id is 429, not 404
    await expect429(
      await refundRoute(post(`/api/v1/payments/${randomUUID()}/refund`, {}, { authorization: `Bearer ${token}` }), {
        params: Promise.resolve({ id: randomUUID() }),
      }),
    );
  });

  test("bearer tokens: 600 a minute, counted exactly under concurrency", { timeout: 40_000 }, async () => {
    // start well inside a minute window, so the burst is not split across two windows
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 100));
    const jti = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: 610 }, () => limitBearerToken(jti, "GET")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(600);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      Array(10).fill("rate_limited"),
    );
    expect(await limitBearerToken(randomUUID(), "POST")).toMatchObject({
      "X-RateLimit-Limit": "600",
      "X-RateLimit-Remaining": "599",
    });
  });
});
