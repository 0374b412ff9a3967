// When the rate-limit store cannot be reached: reads fail open, logins and writes fail closed with a 503, each
// logged. "Unreachable" is the real @upstash/redis client pointed at a closed port, and a server that never answers.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "@upstash/redis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { RateLimiter } from "@/lib/rate-limit/limiter";
import {
  guardPasswordLogin,
  limitBearerToken,
  limitBookingCreation,
  limitRegistration,
  rateLimiter,
} from "@/lib/rate-limit/limits";
import { guardLogin } from "@/lib/rate-limit/login-guard";
import { MemoryRateLimitStore } from "@/lib/rate-limit/store";
import { UpstashRateLimitStore } from "@/lib/rate-limit/upstash-store";
import { closedPortUrl } from "./support/upstash";

const RULE = { name: "test-rule", limit: 5, windowMs: 60_000 };
const LOGIN = {
  account: { name: "acct", threshold: 5, windowMs: 60_000, baseLockMs: 60_000, maxLockMs: 60_000 },
  ip: RULE,
};

async function outcome(
  p: Promise<unknown>,
): Promise<{ code: string; status?: number; headers?: Record<string, string> } | "ok"> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, status: e.status, headers: e.headers };
    throw e;
  }
}

let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
  error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());
const logged = (spy: ReturnType<typeof vi.spyOn>) =>
  spy.mock.calls.map((c: unknown[]) => (c[0] as { event?: string }).event);

// a server that accepts connections and never answers: the deadline, not the network, has to end the wait
let silent: Server;
beforeAll(async () => {
  silent = createServer(() => {});
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
});
afterAll(async () => {
  silent.closeAllConnections();
  await new Promise((r) => silent.close(r));
});

describe.each([
  ["a closed port", async () => new Redis({ url: await closedPortUrl(), token: "t", retry: false })],
  [
    "a server that never answers",
    async () =>
      new Redis({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, token: "t", retry: false }),
  ],
])("store behind %s", (_name, makeRedis) => {
  let limiter: RateLimiter;
  beforeEach(async () => {
    limiter = new RateLimiter(new UpstashRateLimitStore(await makeRedis()), 300);
  });

  test("fail open: the request goes ahead without headers, and a warning is logged", async () => {
    expect(await limiter.enforce(RULE, "user-1", "open")).toEqual({});
    expect(logged(warn)).toEqual(["rate_limit_store_unavailable"]);
  });

  test("fail closed: 503 service_unavailable with Retry-After, and an error is logged", async () => {
    expect(await outcome(limiter.enforce(RULE, "user-1", "closed"))).toEqual({
      code: "service_unavailable",
      status: 503,
      headers: { "Retry-After": "10" },
    });
    expect(logged(error)).toEqual(["rate_limit_store_unavailable"]);
  });

  test("a login fails closed without ever checking the password", async () => {
    const verify = vi.fn(async () => ({ id: "u" }));
    expect(
      await outcome(guardLogin(limiter, LOGIN, { email: "a@example.com", ip: "203.0.113.9" }, verify)),
    ).toMatchObject({ code: "service_unavailable" });
    expect(verify).not.toHaveBeenCalled();
  });
});

test("a correct login is not refused when only forgetting the old failures fails", async () => {
  const store = new MemoryRateLimitStore();
  vi.spyOn(store, "clearFailures").mockRejectedValue(new Error("connection reset"));
  const user = await guardLogin(
    new RateLimiter(store),
    LOGIN,
    { email: "a@example.com", ip: "203.0.113.9" },
    async () => ({ id: "u" }),
  );
  expect(user).toEqual({ id: "u" });
  expect(logged(warn)).toEqual(["rate_limit_store_unavailable"]);
});

describe("the app's limits with UPSTASH_REDIS_REST_URL pointing nowhere", () => {
  beforeAll(async () => {
    process.env.UPSTASH_REDIS_REST_URL = await closedPortUrl();
    process.env.UPSTASH_REDIS_REST_TOKEN = "unreachable";
  });

  test("the configured store is Upstash", () => {
    expect(rateLimiter().store).toBeInstanceOf(UpstashRateLimitStore);
  });

  test("bearer tokens: reads fail open, writes fail closed", async () => {
    expect(await limitBearerToken("jti-1", "GET")).toEqual({});
    expect(await limitBearerToken("jti-1", "head")).toEqual({});
    expect(await outcome(limitBearerToken("jti-1", "POST"))).toMatchObject({
      code: "service_unavailable",
      status: 503,
    });
    expect(await outcome(limitBearerToken("jti-1", "DELETE"))).toMatchObject({ code: "service_unavailable" });
  });

  test("logins, sign-ups and bookings fail closed, quickly", async () => {
    const started = Date.now();
    const verify = vi.fn(async () => ({ id: "u" }));
    expect(await outcome(guardPasswordLogin({ email: "a@example.com", ip: "203.0.113.9" }, verify))).toMatchObject({
      code: "service_unavailable",
    });
    expect(verify).not.toHaveBeenCalled();
    expect(await outcome(limitRegistration("203.0.113.9"))).toMatchObject({ code: "service_unavailable" });
    expect(await outcome(limitBookingCreation("user-1"))).toMatchObject({ code: "service_unavailable" });
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
