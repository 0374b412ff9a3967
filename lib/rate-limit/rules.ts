import "server-only";
import { env } from "../env";

/** At most `limit` hits per `windowMs` per subject (Upstash's sliding window: the previous window counts pro rata). */
export interface WindowRule {
  name: string;
  limit: number;
  windowMs: number;
  /** what the 429 says before "Try again in …", where "Too many requests" would not tell a person what to wait for */
  message?: string;
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
  reviewWrite: WindowRule;
  reviewReply: WindowRule;
  imageUpload: WindowRule;
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
    // reviews are public text: one account cannot flood trip pages (a traveller writes one per booking, edits included)
    reviewWrite: {
      name: "review-write",
      limit: 20,
      windowMs: HOUR,
      message: "You have posted or changed many reviews in the last hour",
    },
    // an operator answering a backlog of reviews replies more often than a traveller reviews
    reviewReply: {
      name: "review-reply",
      limit: 60,
      windowMs: HOUR,
      message: "You have posted many replies in the last hour",
    },
    // each upload keeps up to 5 MB in storage whether or not a trip uses it: 100 an hour is 8 full galleries
    imageUpload: {
      name: "image-upload",
      limit: 100,
      windowMs: HOUR,
      message: "You have uploaded many images in the last hour",
    },
    bearerToken: { name: "bearer-token", limit: 600, windowMs: MINUTE },
    // each forgot-password request may send an email: an IP cannot spray many inboxes, and no one inbox can be
    // flooded from many IPs (counted for every email asked about, known or not, so the limit reveals nothing)
    passwordResetIp: { name: "password-reset-ip", limit: 20, windowMs: HOUR },
    passwordResetEmail: { name: "password-reset-email", limit: 5, windowMs: HOUR },
  };
}
