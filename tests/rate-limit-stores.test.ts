// The two rate-limit stores behind one interface, held to the same table: process memory, and the real
// @upstash/redis + @upstash/ratelimit clients talking to a real redis-server through the local REST shim.
import { beforeEach, describe, expect, test } from "vitest";
import { type LockoutRule, lockoutMs, type WindowRule } from "@/lib/rate-limit/rules";
import type { RateLimitStore } from "@/lib/rate-limit/store";
import { rateLimitStores, upstashShimForFile } from "./support/upstash";

const shim = upstashShimForFile();
const DAY = 86_400_000;
// Real time must pass here: windows and lockouts expire by the clock, so these sleeps are what is being tested
// (they wait for no event; tests/support/wait-for.ts is for that).
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// day-long windows: a test never straddles a window boundary (they fall at UTC midnight)
const windowRule = (limit: number): WindowRule => ({ name: `w${limit}`, limit, windowMs: DAY });
const lockRule = (o: Partial<LockoutRule> = {}): LockoutRule => ({
  name: "lock",
  threshold: 5,
  windowMs: 60_000,
  baseLockMs: 1_000,
  maxLockMs: 4_000,
  ...o,
});

describe.each(rateLimitStores(shim))("%s store", (_name, makeStore) => {
  let store: RateLimitStore;
  beforeEach(() => {
    store = makeStore();
  });

  test.each([1, 3, 10])("a window of %i allows exactly that many hits, counting down, then refuses", async (limit) => {
    const rule = windowRule(limit);
    const verdicts = [];
    for (let i = 0; i < limit + 2; i++) verdicts.push(await store.limit(rule, "alice"));
    expect(verdicts.map((v) => v.success)).toEqual([...Array(limit).fill(true), false, false]);
    expect(verdicts.map((v) => v.remaining)).toEqual([...Array.from({ length: limit }, (_, i) => limit - 1 - i), 0, 0]);
    for (const v of verdicts) {
      expect(v.limit).toBe(limit);
      expect(v.reset).toBeGreaterThan(Date.now());
      expect(v.reset).toBeLessThanOrEqual(Date.now() + DAY);
    }
  });

  test("subjects and rules count separately", async () => {
    const a = windowRule(2);
    const b = { ...windowRule(2), name: "other" };
    await store.limit(a, "alice");
    await store.limit(a, "alice");
    expect((await store.limit(a, "alice")).success).toBe(false);
    expect((await store.limit(a, "bob")).success).toBe(true);
    expect((await store.limit(b, "alice")).success).toBe(true);
  });

  test("peek shows the next verdict without counting", async () => {
    const rule = windowRule(2);
    expect(await store.peek(rule, "carol")).toMatchObject({ success: true, remaining: 2, limit: 2 });
    expect(await store.peek(rule, "carol")).toMatchObject({ success: true, remaining: 2 });
    await store.limit(rule, "carol");
    expect(await store.peek(rule, "carol")).toMatchObject({ success: true, remaining: 1 });
    await store.limit(rule, "carol");
    expect(await store.peek(rule, "carol")).toMatchObject({ success: false, remaining: 0 });
  });

  test("a window frees up once it has slid past the hits", async () => {
    const rule: WindowRule = { name: "short", limit: 2, windowMs: 300 };
    await store.limit(rule, "dave");
    await store.limit(rule, "dave");
    // two full windows later neither the current nor the previous window holds a hit
    await sleep(700);
    expect(await store.limit(rule, "dave")).toMatchObject({ success: true, remaining: 1 });
  });

  test("failures lock out from the threshold on, doubling up to the cap", async () => {
    const rule = lockRule();
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await store.recordFailure(rule, "erin"));
    expect(results).toEqual(
      [0, 0, 0, 0, 1000, 2000, 4000, 4000].map((ms, i) => ({ failures: i + 1, lockedForMs: ms })),
    );
    expect(results.map((r) => r.lockedForMs)).toEqual(results.map((r) => lockoutMs(rule, r.failures)));
    const left = await store.lockedForMs(rule, "erin");
    expect(left).toBeGreaterThan(3000);
    expect(left).toBeLessThanOrEqual(4000);
    expect(await store.lockedForMs(rule, "frank")).toBe(0);
  });

  test("a lockout ends, and the next failure after it locks for twice as long", async () => {
    const rule = lockRule({ threshold: 2, baseLockMs: 200, maxLockMs: 10_000 });
    await store.recordFailure(rule, "gina");
    expect(await store.recordFailure(rule, "gina")).toEqual({ failures: 2, lockedForMs: 200 });
    expect(await store.lockedForMs(rule, "gina")).toBeGreaterThan(0);
    await sleep(300);
    expect(await store.lockedForMs(rule, "gina")).toBe(0);
    expect(await store.recordFailure(rule, "gina")).toEqual({ failures: 3, lockedForMs: 400 });
  });

  test("clearing forgets the failures; idle failures are forgotten after the window", async () => {
    const rule = lockRule({ windowMs: 200 });
    await store.recordFailure(rule, "hank");
    await store.recordFailure(rule, "hank");
    await store.clearFailures(rule, "hank");
    expect((await store.recordFailure(rule, "hank")).failures).toBe(1);
    await sleep(350);
    expect((await store.recordFailure(rule, "hank")).failures).toBe(1);
  });

  test("unlock lifts a lockout in force and forgets the failures; clearFailures leaves the lockout", async () => {
    const rule = lockRule({ threshold: 2, baseLockMs: 60_000, maxLockMs: 60_000 });
    for (let i = 0; i < 2; i++) await store.recordFailure(rule, "ivy");
    await store.clearFailures(rule, "ivy");
    expect(await store.lockedForMs(rule, "ivy")).toBeGreaterThan(0);
    await store.recordFailure(rule, "ivy");
    await store.unlock(rule, "ivy");
    expect(await store.lockedForMs(rule, "ivy")).toBe(0);
    expect(await store.recordFailure(rule, "ivy")).toEqual({ failures: 1, lockedForMs: 0 });
  });
});
