import "server-only";
import { env } from "../env";

/** At most `limit` hits per `windowMs` per subject (Upstash's sliding window: the previous window counts pro rata). */
export interface WindowRule {
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Account lockout: the `threshold`-th failure locks the subject for `baseLockMs`, every further failure doubles it
 * (up to `maxLockMs`). Failures are forgotten `windowMs` after the last failure's lockout ends.
 */
export interface LockoutRule {
  name: string;
  threshold: number;
  windowMs: number;
  baseLockMs: number;
  maxLockMs: number;
}

/** What to do when the store cannot be reached: reads pass (open), logins and writes get a 503 (closed). */
export type FailMode = "open" | "closed";

/** The lockout a subject's `failures`-th failure starts: 0 below the threshold, then base × 2^(failures − threshold). */
export function lockoutMs(rule: LockoutRule, failures: number): number {
  if (failures < rule.threshold) return 0;
  return Math.floor(Math.min(rule.baseLockMs * 2 ** (failures - rule.threshold), rule.maxLockMs));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface RateLimitRules {
  loginAccount: LockoutRule;
  loginIp: WindowRule;
  registerIp: WindowRule;
  bookingCreate: WindowRule;
  refund: WindowRule;
  bearerToken: WindowRule;
  passwordResetIp: WindowRule;
  passwordResetEmail: WindowRule;
}

export function rateLimitRules(): RateLimitRules {
  return {
    // 5 failures, then 15 min, 30 min, 1 h, 2 h, 4 h…: at most 5 guesses per 15 minutes, fewer and fewer after that
    loginAccount: {
      name: "login-account",
      threshold: 5,
      windowMs: 15 * MINUTE,
      baseLockMs: 15 * MINUTE,
      maxLockMs: 4 * HOUR,
    },
    // failures only, so a shared office IP is not locked out by its users' successful logins; catches one IP trying
    // one password on many accounts, which the per-account lockout never sees
    loginIp: { name: "login-ip", limit: 30, windowMs: 15 * MINUTE },
    registerIp: { name: "register-ip", limit: env().RATE_LIMIT_REGISTER_PER_HOUR, windowMs: HOUR },
    // a booking holds seats until paid: this stops one account from holding a departure's inventory hostage
    bookingCreate: { name: "booking-create", limit: 30, windowMs: HOUR },
    // refunds move money: a stolen admin token can do only so much before someone notices
    refund: { name: "refund", limit: 30, windowMs: HOUR },
    bearerToken: { name: "bearer-token", limit: 600, windowMs: MINUTE },
    // each forgot-password request may send an email: an IP cannot spray many inboxes, and no one inbox can be
    // flooded from many IPs (counted for every email asked about, known or not, so the limit reveals nothing)
    passwordResetIp: { name: "password-reset-ip", limit: 20, windowMs: HOUR },
    passwordResetEmail: { name: "password-reset-email", limit: 5, windowMs: HOUR },
  };
}
