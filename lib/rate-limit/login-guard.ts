import "server-only";
import { AppError } from "../errors";
import { logger } from "../logger";
import { fingerprint, logRateLimited, type RateLimiter, tooManyRequests } from "./limiter";
import type { LockoutRule, WindowRule } from "./rules";

export interface LoginRules {
  account: LockoutRule;
  ip: WindowRule;
}

export interface LoginAttempt {
  email: string;
  ip: string;
}

/**
 * Password login behind the per-account lockout and the per-IP failure limit; both the REST login and the Auth.js
 * credentials provider come through here.
 * - A locked account gets 429 without its password being checked, so the right password during a lockout is still
 *   429 (a guesser learns nothing from a lockout). Unknown emails lock out the same way, so nothing tells them apart.
 * - Only wrong credentials count; the `threshold`-th failure is still a 401 and starts the lockout.
 * - A success clears the account's failures but not the IP's, or one valid account would reset an attacker's IP.
 * - The store unreachable: 503 (fail closed), the password is never checked unlimited.
 */
export async function guardLogin<T>(
  limiter: RateLimiter,
  rules: LoginRules,
  attempt: LoginAttempt,
  verify: () => Promise<T>,
): Promise<T> {
  const account = fingerprintEmail(attempt.email);
  const log = { userEmailHash: account.slice(0, 16), ip: attempt.ip };
  const [lockedForMs, ipBudget] = await limiter.run("login", "closed", (s) =>
    Promise.all([s.lockedForMs(rules.account, account), s.peek(rules.ip, attempt.ip)]),
  );
  if (lockedForMs > 0) {
    const error = tooManyRequests(
      { limit: rules.account.threshold, remaining: 0, reset: Date.now() + lockedForMs },
      "Too many failed sign-in attempts for this account",
    );
    logRateLimited(rules.account.name, log, Number(error.headers?.["Retry-After"]));
    throw error;
  }
  if (!ipBudget.success) {
    const error = tooManyRequests(ipBudget, "Too many failed sign-in attempts from your network");
    logRateLimited(rules.ip.name, log, Number(error.headers?.["Retry-After"]));
    throw error;
  }

  let result: T;
  try {
    result = await verify();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "invalid_credentials") throw error;
    const [failure] = await limiter.run("login", "closed", (s) =>
      Promise.all([s.recordFailure(rules.account, account), s.limit(rules.ip, attempt.ip)]),
    );
    logger.warn(
      {
        event: "login_failed",
        ...log,
        failures: failure.failures,
        lockedForSeconds: Math.ceil(failure.lockedForMs / 1000) || undefined,
      },
      "login failed",
    );
    throw error;
  }
  // a stale failure count only makes a later lockout come sooner: not worth refusing a correct login over
  await limiter.run("login", "open", (s) => s.clearFailures(rules.account, account));
  return result;
}

/** The account key: a hash of the normalised email, so Redis never holds the address itself. */
export const fingerprintEmail = (email: string) => fingerprint(`email:${email.trim().toLowerCase()}`, 64);
