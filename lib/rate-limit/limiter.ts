import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "../errors";
import { logger } from "../logger";
import type { FailMode, WindowRule } from "./rules";
import type { RateLimitStore } from "./store";
import { plural } from "../text/plural";

export type RateLimitHeaders = Record<string, string>;

/** Short hash for logs and keys: lets you correlate events without writing emails or token ids to the logs. */
export const fingerprint = (subject: string, chars = 16) =>
  createHash("sha256").update(subject).digest("hex").slice(0, chars);

const retryAfterSeconds = (untilMs: number, now = Date.now()) => Math.max(1, Math.ceil((untilMs - now) / 1000));

/** The wait as a person reads it: "45 seconds", "59 minutes", "2 hours" (rounded up, so it is never too short). */
export function waitText(seconds: number): string {
  if (seconds <= 90) return plural(seconds, "second");
  if (seconds <= 90 * 60) return plural(Math.ceil(seconds / 60), "minute");
  return plural(Math.ceil(seconds / 3600), "hour");
}

/** `X-RateLimit-Reset` is the Unix time in seconds when the window ends (GitHub's convention). */
function rateLimitHeaders(v: { limit: number; remaining: number; reset: number }): RateLimitHeaders {
  return {
    "X-RateLimit-Limit": String(v.limit),
    "X-RateLimit-Remaining": String(v.remaining),
    "X-RateLimit-Reset": String(Math.ceil(v.reset / 1000)),
  };
}

/** The 429 every limit throws: Retry-After plus the X-RateLimit-* headers, and the wait in `details`. */
export function tooManyRequests(
  v: { limit: number; remaining: number; reset: number },
  message = "Too many requests",
): AppError {
  const seconds = retryAfterSeconds(v.reset);
  return new AppError("rate_limited", `${message}. Try again in ${waitText(seconds)}.`, {
    details: { retryAfterSeconds: seconds },
    headers: { "Retry-After": String(seconds), ...rateLimitHeaders(v) },
  });
}

export interface SecurityContext {
  ip?: string;
  /** extra fields for the log line, never secrets */
  [field: string]: string | number | undefined;
}

/** One log line per refused request. */
export function logRateLimited(rule: string, context: SecurityContext, retryAfter: number) {
  logger.warn({ event: "rate_limited", rule, ...context, retryAfterSeconds: retryAfter }, "rate limit exceeded");
}

const STORE_TIMEOUT_MS = 2_000;

/** Applies rules against a store with a deadline and the fail mode of the caller. */
export class RateLimiter {
  constructor(
    readonly store: RateLimitStore,
    private readonly timeoutMs = STORE_TIMEOUT_MS,
  ) {}

  /**
   * Runs one store operation. When the store cannot be reached in time: `open` logs and returns null (the request
   * goes ahead unlimited), `closed` logs and throws a 503.
   */
  run<T>(rule: string, failMode: "closed", op: (store: RateLimitStore) => Promise<T>): Promise<T>;
  run<T>(rule: string, failMode: FailMode, op: (store: RateLimitStore) => Promise<T>): Promise<T | null>;
  async run<T>(rule: string, failMode: FailMode, op: (store: RateLimitStore) => Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`rate-limit store did not answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    const attempt = op(this.store);
    attempt.catch(() => {}); // a late failure after the deadline must not become an unhandled rejection
    try {
      return await Promise.race([attempt, deadline]);
    } catch (err) {
      const line = { event: "rate_limit_store_unavailable", rule, failMode, err };
      if (failMode === "open") {
        logger.warn(line, "rate-limit store unavailable: allowing the request");
        return null;
      }
      logger.error(line, "rate-limit store unavailable: refusing the request");
      throw new AppError("service_unavailable", "This is temporarily unavailable. Please try again in a moment.", {
        headers: { "Retry-After": "10" },
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Counts one hit of `subject` against `rule`; throws the 429 when over the limit, else returns the headers. */
  async enforce(
    rule: WindowRule,
    subject: string,
    failMode: FailMode,
    context: SecurityContext = {},
  ): Promise<RateLimitHeaders> {
    const verdict = await this.run(rule.name, failMode, (s) => s.limit(rule, subject));
    if (!verdict) return {};
    if (!verdict.success) {
      const error = tooManyRequests(verdict, rule.message);
      logRateLimited(
        rule.name,
        { subjectHash: fingerprint(subject), ...context },
        Number(error.headers?.["Retry-After"]),
      );
      throw error;
    }
    return rateLimitHeaders(verdict);
  }
}
