import "server-only";
import { Redis } from "@upstash/redis";
import { env } from "../env";
import { fingerprint, RateLimiter, type RateLimitHeaders } from "./limiter";
import { fingerprintEmail, guardLogin, type LoginAttempt } from "./login-guard";
import { rateLimitRules } from "./rules";
import { MemoryRateLimitStore } from "./store";
import { UpstashRateLimitStore } from "./upstash-store";

// The abuse controls of the app, one function per entry point. Each throws AppError("rate_limited") (429 with
// Retry-After and X-RateLimit-*) when over its limit, or AppError("service_unavailable") (503) when the store is
// unreachable and the call fails closed; otherwise it returns the X-RateLimit-* headers a response may carry.

// on globalThis: Next.js bundles route handlers and pages separately, and both must count against the same limits
const shared = globalThis as unknown as { travellrRateLimiter?: RateLimiter };

/** Upstash when UPSTASH_REDIS_REST_URL/TOKEN are set, otherwise this process's memory. */
export function rateLimiter(): RateLimiter {
  if (shared.travellrRateLimiter) return shared.travellrRateLimiter;
  const e = env();
  const store =
    e.UPSTASH_REDIS_REST_URL && e.UPSTASH_REDIS_REST_TOKEN
      ? new UpstashRateLimitStore(
          // few, quick retries: a login waits on this, and an unreachable store must turn into a 503 fast
          new Redis({
            url: e.UPSTASH_REDIS_REST_URL,
            token: e.UPSTASH_REDIS_REST_TOKEN,
            retry: { retries: 2, backoff: (n) => 50 * 2 ** n },
          }),
        )
      : new MemoryRateLimitStore();
  shared.travellrRateLimiter = new RateLimiter(store);
  return shared.travellrRateLimiter;
}

/** Password login (REST and Auth.js): per-account lockout with exponential backoff plus a per-IP failure limit. */
export function guardPasswordLogin<T>(attempt: LoginAttempt, verify: () => Promise<T>): Promise<T> {
  const rules = rateLimitRules();
  return guardLogin(rateLimiter(), { account: rules.loginAccount, ip: rules.loginIp }, attempt, verify);
}

/**
 * After a password reset: the account's failed logins are forgotten, so the new password works at once instead of
 * waiting out a lockout the forgotten one caused. Fails open: a stale count only delays the next login.
 */
export async function clearLoginLockout(email: string): Promise<void> {
  await rateLimiter().run("login", "open", (s) => s.unlock(rateLimitRules().loginAccount, fingerprintEmail(email)));
}

/** Sign-ups per client IP (RATE_LIMIT_REGISTER_PER_HOUR, default 20 an hour); every attempt counts. */
export function limitRegistration(ip: string): Promise<RateLimitHeaders> {
  return rateLimiter().enforce(rateLimitRules().registerIp, ip, "closed", { ip });
}

/**
 * Forgot-password requests: 20 an hour per client IP and 5 an hour per email address (keyed by its hash, so the store
 * never holds addresses). Every request counts, whether or not the email has an account.
 */
export async function limitPasswordReset({ ip, email }: { ip: string; email: string }): Promise<void> {
  const rules = rateLimitRules();
  await rateLimiter().enforce(rules.passwordResetIp, ip, "closed", { ip });
  await rateLimiter().enforce(rules.passwordResetEmail, fingerprint(`email:${email}`, 64), "closed", { ip });
}

/** Booking creation per user: 30 an hour. */
export function limitBookingCreation(userId: string): Promise<RateLimitHeaders> {
  return rateLimiter().enforce(rateLimitRules().bookingCreate, userId, "closed", { userId });
}

/** Refunds (an admin's refund, a cancellation that refunds) per acting user: 30 an hour. */
export function limitRefunds(userId: string): Promise<RateLimitHeaders> {
  return rateLimiter().enforce(rateLimitRules().refund, userId, "closed", { userId });
}

/** Writing or changing a review per user: 20 an hour (REST and the booking page's form). */
export function limitReviewWrites(userId: string): Promise<RateLimitHeaders> {
  return rateLimiter().enforce(rateLimitRules().reviewWrite, userId, "closed", { userId });
}

/** Replies to reviews per user: 60 an hour (REST and the vendor's trip page). */
export function limitReviewReplies(userId: string): Promise<RateLimitHeaders> {
  return rateLimiter().enforce(rateLimitRules().reviewReply, userId, "closed", { userId });
}

/** Image uploads per user: 100 an hour. */
export function limitImageUploads(userId: string): Promise<RateLimitHeaders> {
  return rateLimiter().enforce(rateLimitRules().imageUpload, userId, "closed", { userId });
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every bearer token: 600 requests a minute, keyed by the token's id (jti). Reads fail open when the store is
 * unreachable (a read cannot do harm), writes fail closed.
 */
export function limitBearerToken(tokenId: string, method: string): Promise<RateLimitHeaders> {
  const failMode = READ_METHODS.has(method.toUpperCase()) ? "open" : "closed";
  return rateLimiter().enforce(rateLimitRules().bearerToken, tokenId, failMode);
}
