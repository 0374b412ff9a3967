import { expect, test } from "../support/test";
import { expectError, uniqueEmail } from "../support/api";

// Every request here carries its own fake client IP in X-Forwarded-For (lib/rate-limit/client-ip.ts reads the first
// entry), so these limits never touch the loopback IP the rest of the suite shares, and tests run in parallel safely.
const fakeIp = () => `10.${[0, 0, 0].map(() => 1 + Math.floor(Math.random() * 250)).join(".")}`;
const from = (ip: string) => ({ "X-Forwarded-For": ip });

test.describe("rate limits", () => {
  test("100 wrong passwords: 401 up to the threshold, then 429 with Retry-After; the right password is 429 too", async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const ip = fakeIp();
    const email = uniqueEmail("lockout");
    const password = "the-right-password";
    expect(
      (
        await request.post("/api/v1/auth/register", { headers: from(ip), data: { email, password, name: "Lockout" } })
      ).status(),
    ).toBe(201);

    const statuses: number[] = [];
    let firstRefusal: Awaited<ReturnType<typeof request.post>> | undefined;
    for (let i = 0; i < 100; i++) {
      const res = await request.post("/api/v1/auth/login", {
        headers: from(ip),
        data: { email, password: `wrong-${i}` },
      });
      statuses.push(res.status());
      if (res.status() === 429) firstRefusal ??= res;
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual(Array(95).fill(429));
    const body = await expectError(firstRefusal!, 429, "rate_limited");
    const retryAfter = Number(firstRefusal!.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(body.error.details).toEqual({ retryAfterSeconds: retryAfter });
    expect(firstRefusal!.headers()["x-ratelimit-remaining"]).toBe("0");

    // the lockout is the account's: the right password, from another IP, is still refused without being checked
    const right = await request.post("/api/v1/auth/login", { headers: from(fakeIp()), data: { email, password } });
    await expectError(right, 429, "rate_limited");
    expect(Number(right.headers()["retry-after"])).toBeGreaterThan(0);
  });

  test("sign-ups per IP: the X-RateLimit-* budget counts down to a 429; another IP can still sign up", async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const ip = fakeIp();
    const signUp = (at: string) =>
      request.post("/api/v1/auth/register", {
        headers: from(at),
        data: { email: uniqueEmail("signup"), password: "longenough", name: "Signup" },
      });
    const first = await signUp(ip);
    expect(first.status()).toBe(201);
    const limit = Number(first.headers()["x-ratelimit-limit"]);
    const remaining = Number(first.headers()["x-ratelimit-remaining"]);
    expect(limit).toBeGreaterThan(0);
    expect(remaining).toBe(limit - 1);
    // the rest of the budget with invalid bodies (every attempt counts), so the suite's limit size stays cheap here
    for (let i = 0; i < remaining; i++) {
      await expectError(
        await request.post("/api/v1/auth/register", { headers: from(ip), data: { email: "not-an-email" } }),
        422,
      );
    }
    const refused = await signUp(ip);
    await expectError(refused, 429, "rate_limited");
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(refused.headers()["x-ratelimit-limit"]).toBe(String(limit));
    expect((await signUp(fakeIp())).status()).toBe(201);
  });
});
