import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis";
import type { LockoutRule, WindowRule } from "./rules";
import type { RateLimitStore, WindowVerdict } from "./store";

// One round trip and atomic, so parallel wrong guesses each count. Keep in step with lockoutMs() in rules.ts.
const RECORD_FAILURE = `
local failures = redis.call("INCR", KEYS[1])
local threshold = tonumber(ARGV[1])
local lockMs = 0
if failures >= threshold then
  lockMs = math.floor(math.min(tonumber(ARGV[3]) * 2 ^ (failures - threshold), tonumber(ARGV[4])))
  redis.call("SET", KEYS[2], "1", "PX", lockMs)
end
redis.call("PEXPIRE", KEYS[1], tonumber(ARGV[2]) + lockMs)
return {failures, lockMs}
`;

/** Upstash Redis: windows through @upstash/ratelimit's sliding window, lockouts through a small Lua script. */
export class UpstashRateLimitStore implements RateLimitStore {
  private readonly limiters = new Map<string, Ratelimit>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "travellr:rl",
  ) {}

  private ratelimit(rule: WindowRule): Ratelimit {
    const id = `${rule.name}:${rule.limit}:${rule.windowMs}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new Ratelimit({
        redis: this.redis,
        limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowMs} ms`),
        prefix: `${this.prefix}:${rule.name}`,
        // the caller applies its own deadline: Ratelimit's timeout would silently let the request through
        timeout: 0,
        // no per-process block cache, so every instance (and the memory store) gives the same verdicts
        ephemeralCache: false,
        analytics: false,
      });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private keys(rule: LockoutRule, subject: string) {
    const base = `${this.prefix}:${rule.name}:${subject}`;
    return { failures: `${base}:failures`, lock: `${base}:lock` };
  }

  async limit(rule: WindowRule, subject: string): Promise<WindowVerdict> {
    const { success, limit, remaining, reset } = await this.ratelimit(rule).limit(subject);
    return { success, limit, remaining, reset };
  }

  async peek(rule: WindowRule, subject: string): Promise<WindowVerdict> {
    const { limit, remaining, reset } = await this.ratelimit(rule).getRemaining(subject);
    return { success: remaining > 0, limit, remaining, reset };
  }

  async lockedForMs(rule: LockoutRule, subject: string): Promise<number> {
    const ttl = await this.redis.pttl(this.keys(rule, subject).lock);
    return Math.max(0, ttl);
  }

  async recordFailure(rule: LockoutRule, subject: string) {
    const { failures, lock } = this.keys(rule, subject);
    const args = [rule.threshold, rule.windowMs, rule.baseLockMs, rule.maxLockMs].map(String);
    const [count, lockedForMs] = await this.redis.eval<string[], [number, number]>(
      RECORD_FAILURE,
      [failures, lock],
      args,
    );
    return { failures: Number(count), lockedForMs: Number(lockedForMs) };
  }

  async clearFailures(rule: LockoutRule, subject: string) {
    await this.redis.del(this.keys(rule, subject).failures);
  }

  async unlock(rule: LockoutRule, subject: string) {
    const { failures, lock } = this.keys(rule, subject);
    await this.redis.del(failures, lock);
  }
}
