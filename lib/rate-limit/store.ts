import "server-only";
import { type LockoutRule, lockoutMs, type WindowRule } from "./rules";

export interface WindowVerdict {
  success: boolean;
  limit: number;
  remaining: number;
  /** epoch ms when the current window ends */
  reset: number;
}

/** Counters behind the rate limits: Upstash Redis in production, process memory when Upstash is not configured. */
export interface RateLimitStore {
  /** counts one hit and says whether it was within the limit (a refused hit is not counted) */
  limit(rule: WindowRule, subject: string): Promise<WindowVerdict>;
  /** the verdict the next hit would get, without counting anything */
  peek(rule: WindowRule, subject: string): Promise<WindowVerdict>;
  /** ms left on the subject's lockout, 0 when it is not locked */
  lockedForMs(rule: LockoutRule, subject: string): Promise<number>;
  /** counts a failure; returns the failures so far and the lockout this one started (0 for none) */
  recordFailure(rule: LockoutRule, subject: string): Promise<{ failures: number; lockedForMs: number }>;
  /** forgets the failures (after a success); a lockout in force stays */
  clearFailures(rule: LockoutRule, subject: string): Promise<void>;
  /** forgets the failures and lifts a lockout in force (the password was reset, so old guesses no longer matter) */
  unlock(rule: LockoutRule, subject: string): Promise<void>;
}

interface Entry {
  value: number;
  expiresAt: number;
}

/**
 * The same algorithms as the Upstash store (the sliding window is @upstash/ratelimit's), in this process's memory:
 * right for one `next start`, not shared between instances.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private entries = new Map<string, Entry>();
  private lastSweep = 0;

  private read(key: string, now: number): number {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt <= now) return 0;
    return entry.value;
  }

  private write(key: string, value: number, expiresAt: number) {
    this.entries.set(key, { value, expiresAt });
    // keep memory bounded: drop expired entries now and then (at most once a second, so a flood of new subjects
    // does not turn every write into a full scan)
    const now = Date.now();
    if (this.entries.size > 10_000 && now - this.lastSweep > 1_000) {
      this.lastSweep = now;
      for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
    }
  }

  private window(rule: WindowRule, subject: string, now: number) {
    const current = Math.floor(now / rule.windowMs);
    const key = `${rule.name}:${subject}:${current}`;
    const previous = this.read(`${rule.name}:${subject}:${current - 1}`, now);
    // the previous window counts for the part of it the sliding window still covers
    const weighted = Math.floor((1 - (now % rule.windowMs) / rule.windowMs) * previous);
    return { key, used: weighted + this.read(key, now), reset: (current + 1) * rule.windowMs };
  }

  async limit(rule: WindowRule, subject: string): Promise<WindowVerdict> {
    const now = Date.now();
    const { key, used, reset } = this.window(rule, subject, now);
    if (used >= rule.limit) return { success: false, limit: rule.limit, remaining: 0, reset };
    const existing = this.entries.get(key);
    const alive = existing && existing.expiresAt > now;
    this.write(key, (alive ? existing.value : 0) + 1, alive ? existing.expiresAt : now + 2 * rule.windowMs + 1000);
    return { success: true, limit: rule.limit, remaining: Math.max(0, rule.limit - used - 1), reset };
  }

  async peek(rule: WindowRule, subject: string): Promise<WindowVerdict> {
    const { used, reset } = this.window(rule, subject, Date.now());
    const remaining = Math.max(0, rule.limit - used);
    return { success: remaining > 0, limit: rule.limit, remaining, reset };
  }

  async lockedForMs(rule: LockoutRule, subject: string): Promise<number> {
    const now = Date.now();
    const until = this.read(`${rule.name}:${subject}:lock`, now);
    return Math.max(0, until - now);
  }

  async recordFailure(rule: LockoutRule, subject: string) {
    const now = Date.now();
    const key = `${rule.name}:${subject}:failures`;
    const failures = this.read(key, now) + 1;
    const lockedForMs = lockoutMs(rule, failures);
    if (lockedForMs > 0) this.write(`${rule.name}:${subject}:lock`, now + lockedForMs, now + lockedForMs);
    this.write(key, failures, now + rule.windowMs + lockedForMs);
    return { failures, lockedForMs };
  }

  async clearFailures(rule: LockoutRule, subject: string) {
    this.entries.delete(`${rule.name}:${subject}:failures`);
  }

  async unlock(rule: LockoutRule, subject: string) {
    this.entries.delete(`${rule.name}:${subject}:failures`);
    this.entries.delete(`${rule.name}:${subject}:lock`);
  }
}
