// The login lockout, the per-IP failure limit and the 429 shape, on both stores (memory, and Upstash through the
// shim over a real redis-server). `verify` stands in for the password check so the tests can count its calls.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { RateLimiter } from "@/lib/rate-limit/limiter";
import { guardLogin, type LoginRules } from "@/lib/rate-limit/login-guard";
import { rateLimitStores, upstashShimForFile } from "./support/upstash";

const shim = upstashShimForFile();
// Real time must pass here: windows and lockouts expire by the clock, so these sleeps are what is being tested
// (they wait for no event; tests/support/wait-for.ts is for that).
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PASSWORD = "correct-horse-battery";

const rules = (o: { baseLockMs?: number; ipLimit?: number } = {}): LoginRules => ({
  account: {
    name: "login-account",
    threshold: 5,
    windowMs: 60_000,
    baseLockMs: o.baseLockMs ?? 60_000,
    maxLockMs: 3_600_000,
  },
  ip: { name: "login-ip", limit: o.ipLimit ?? 30, windowMs: 86_400_000 },
});

/** A fake password check: right password → the user, anything else → invalid_credentials, as verifyCredentials does. */
function checker() {
  const verify = vi.fn(async (password: string) => {
    if (password !== PASSWORD) throw new AppError("invalid_credentials", "Email or password is incorrect");
    return { id: "user-1" };
  });
  return verify;
}

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());
const events = (): Record<string, unknown>[] => warn.mock.calls.map((c: unknown[]) => c[0] as Record<string, unknown>);

describe.each(rateLimitStores(shim))("%s store", (_name, makeStore) => {
  let limiter: RateLimiter;
  beforeEach(() => {
    limiter = new RateLimiter(makeStore());
  });
  const attempt = (
    r: LoginRules,
    verify: ReturnType<typeof checker>,
    password: string,
    email = "ann@example.com",
    ip = "203.0.113.7",
  ) => outcome(guardLogin(limiter, r, { email, ip }, () => verify(password)));

  test("5 wrong passwords are 401s, then the account is locked: even the right password is 429, unchecked", async () => {
    const r = rules();
    const verify = checker();
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push(await attempt(r, verify, "wrong-password"));
    expect(codes).toEqual([...Array(5).fill("invalid_credentials"), "rate_limited", "rate_limited"]);
    verify.mockClear();
    expect(await attempt(r, verify, PASSWORD)).toBe("rate_limited");
    // from another IP too: the lockout is the account's
    expect(await attempt(r, verify, PASSWORD, "ANN@example.com ", "198.51.100.1")).toBe("rate_limited");
    expect(verify).not.toHaveBeenCalled();
    expect(await attempt(r, verify, PASSWORD, "someone-else@example.com")).toBe("ok");
  });

  test("the lockout 429 carries Retry-After, X-RateLimit-* and the wait in details", async () => {
    const r = rules();
    const verify = checker();
    for (let i = 0; i < 5; i++) await attempt(r, verify, "wrong-password");
    const error = await guardLogin(limiter, r, { email: "ann@example.com", ip: "203.0.113.7" }, () =>
      verify(PASSWORD),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const { status, headers, details } = error as AppError;
    expect(status).toBe(429);
    const retryAfter = Number(headers?.["Retry-After"]);
    expect(retryAfter).toBeGreaterThan(55);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(headers).toMatchObject({ "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0" });
    expect(Number(headers?.["X-RateLimit-Reset"]) - Date.now() / 1000).toBeCloseTo(retryAfter, -1);
    expect(details).toEqual({ retryAfterSeconds: retryAfter });
  });

  test("backoff: after a lockout ends one more failure locks for twice as long; a success then clears it", async () => {
    const r = rules({ baseLockMs: 300 });
    const verify = checker();
    for (let i = 0; i < 5; i++) expect(await attempt(r, verify, "wrong-password")).toBe("invalid_credentials");
    expect(await attempt(r, verify, PASSWORD)).toBe("rate_limited");
    await sleep(400);
    expect(await attempt(r, verify, "wrong-password")).toBe("invalid_credentials");
    await sleep(350); // longer than the first lockout (300 ms), shorter than the doubled one (600 ms)
    expect(await attempt(r, verify, PASSWORD)).toBe("rate_limited");
    await sleep(400);
    expect(await attempt(r, verify, PASSWORD)).toBe("ok");
    // the success forgot the failures: four more wrong guesses lock nothing
    for (let i = 0; i < 4; i++) expect(await attempt(r, verify, "wrong-password")).toBe("invalid_credentials");
    expect(await attempt(r, verify, PASSWORD)).toBe("ok");
  });

  test("one IP failing on many accounts is stopped by the per-IP limit; other IPs are not", async () => {
    const r = rules({ ipLimit: 3 });
    const verify = checker();
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(await attempt(r, verify, "wrong-password", `victim${i}@example.com`));
    expect(codes).toEqual(["invalid_credentials", "invalid_credentials", "invalid_credentials", "rate_limited"]);
    expect(await attempt(r, verify, PASSWORD, "ann@example.com")).toBe("rate_limited");
    expect(await attempt(r, verify, PASSWORD, "ann@example.com", "198.51.100.2")).toBe("ok");
  });

  test("successful logins do not use up the per-IP budget", async () => {
    const r = rules({ ipLimit: 2 });
    const verify = checker();
    for (let i = 0; i < 5; i++) expect(await attempt(r, verify, PASSWORD)).toBe("ok");
  });

  test("one log line per failure and per 429, with hashes and the IP but never the password or the email", async () => {
    const r = rules();
    const verify = checker();
    for (let i = 0; i < 6; i++) await attempt(r, verify, "wrong-password-secret");
    const lines = events();
    expect(lines.map((l) => l.event)).toEqual([...Array(5).fill("login_failed"), "rate_limited"]);
    expect(lines[0]).toMatchObject({
      ip: "203.0.113.7",
      failures: 1,
      userEmailHash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(lines[4]).toMatchObject({ failures: 5, lockedForSeconds: 60 });
    expect(lines[5]).toMatchObject({
      rule: "login-account",
      userEmailHash: lines[0].userEmailHash,
      retryAfterSeconds: expect.any(Number),
    });
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/wrong-password-secret|ann@example\.com/);
  });

  test("enforce: within the limit it returns the headers, over it a 429 with Retry-After and one log line", async () => {
    const rule = { name: "bookings", limit: 2, windowMs: 86_400_000 };
    expect(await limiter.enforce(rule, "user-1", "closed")).toMatchObject({
      "X-RateLimit-Limit": "2",
      "X-RateLimit-Remaining": "1",
    });
    expect(await limiter.enforce(rule, "user-1", "closed")).toMatchObject({ "X-RateLimit-Remaining": "0" });
    const error = (await limiter.enforce(rule, "user-1", "closed").catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe("rate_limited");
    expect(Number(error.headers?.["Retry-After"])).toBeGreaterThanOrEqual(1);
    expect(error.headers).toMatchObject({
      "X-RateLimit-Limit": "2",
      "X-RateLimit-Remaining": "0",
      "X-RateLimit-Reset": expect.stringMatching(/^\d+$/),
    });
    expect(events()).toEqual([
      expect.objectContaining({ event: "rate_limited", rule: "bookings", subjectHash: expect.any(String) }),
    ]);
  });
});
