import "server-only";
import { db } from "../db";
import { logger } from "../logger";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

// A replayed Idempotency-Key returns the stored response; a day covers every client retry of a request.
export const IDEMPOTENCY_KEY_RETENTION_MS = 24 * HOUR_MS;
// Sent outbox rows are kept a week for debugging deliveries (`/dev/mail`, support questions).
export const SENT_OUTBOX_RETENTION_MS = 7 * DAY_MS;
// The admin webhooks page shows stored events; Stripe itself retries a delivery for at most 3 days.
export const PROCESSED_STRIPE_EVENT_RETENTION_MS = 90 * DAY_MS;
// A revocation outlives its token by a few minutes: a server whose clock lags must still refuse the token.
export const REVOKED_TOKEN_GRACE_MS = 5 * 60 * 1000;
// A password-reset link is dead an hour after it was sent (or once used, which is earlier); the row stays a day past
// that, so a "my link does not work" question can still be answered.
export const PASSWORD_RESET_TOKEN_RETENTION_MS = DAY_MS;

export const PURGE_BATCH_SIZE = 5000;

export interface PurgeOptions {
  now?: Date;
  /** rows per DELETE: each batch is its own short statement, so a huge backlog never holds one long lock */
  batchSize?: number;
  /** stop after this many batches (a caller such as a job step bounds its duration); the rest waits for the next call */
  maxBatches?: number;
}

/** Runs `deleteBatch` until it deletes fewer rows than a batch (nothing left) or `maxBatches` ran. */
async function inBatches(options: PurgeOptions, deleteBatch: (limit: number) => Promise<number>): Promise<number> {
  const { batchSize = PURGE_BATCH_SIZE, maxBatches = Number.POSITIVE_INFINITY } = options;
  let total = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const deleted = await deleteBatch(batchSize);
    total += deleted;
    if (deleted < batchSize) break;
  }
  return total;
}

const cutoff = (options: PurgeOptions, retentionMs: number) =>
  new Date((options.now ?? new Date()).getTime() - retentionMs);

// Each DELETE picks its batch by primary key with SKIP LOCKED: a row another transaction holds (an in-flight request
// finishing, a delivery being marked) is left for the next run instead of blocking the purge.

/** Idempotency keys older than 24 h; a younger key may belong to a request still running or being retried. */
export function purgeIdempotencyKeys(options: PurgeOptions = {}) {
  const before = cutoff(options, IDEMPOTENCY_KEY_RETENTION_MS);
  return inBatches(
    options,
    (limit) => db.$executeRaw`
    DELETE FROM idempotency_keys WHERE id IN (
      SELECT id FROM idempotency_keys WHERE "createdAt" < ${before} LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}

/** Revoked API tokens past their expiry: an expired token is refused anyway, so its revocation record is moot. */
export function purgeRevokedTokens(options: PurgeOptions = {}) {
  const before = cutoff(options, REVOKED_TOKEN_GRACE_MS);
  return inBatches(
    options,
    (limit) => db.$executeRaw`
    DELETE FROM revoked_tokens WHERE jti IN (
      SELECT jti FROM revoked_tokens WHERE "expiresAt" < ${before} LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}

/** Domain events sent to Inngest more than 7 days ago; unsent rows (still to go out or failing) are kept at any age. */
export function purgeSentEvents(options: PurgeOptions = {}) {
  const before = cutoff(options, SENT_OUTBOX_RETENTION_MS);
  return inBatches(
    options,
    (limit) => db.$executeRaw`
    DELETE FROM event_outbox WHERE id IN (
      SELECT id FROM event_outbox WHERE "sentAt" < ${before} LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}

/**
 * Emails sent more than 7 days ago; queued and failed ones are kept. Filtered on (status, createdAt), which its index
 * serves, and on sentAt so an email sent late after retries still stays a week.
 */
export function purgeSentEmails(options: PurgeOptions = {}) {
  const before = cutoff(options, SENT_OUTBOX_RETENTION_MS);
  return inBatches(
    options,
    (limit) => db.$executeRaw`
    DELETE FROM email_outbox WHERE id IN (
      SELECT id FROM email_outbox
      WHERE status = 'sent' AND "createdAt" < ${before} AND ("sentAt" IS NULL OR "sentAt" < ${before})
      LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}

/**
 * Stripe events processed more than 90 days ago (so received even earlier), read through the processedAt index.
 * Failed (lastError, never processed) and pending events are kept whatever their age: the admin webhooks page exists
 * to retry them.
 */
export function purgeProcessedStripeEvents(options: PurgeOptions = {}) {
  const before = cutoff(options, PROCESSED_STRIPE_EVENT_RETENTION_MS);
  return inBatches(
    options,
    (limit) => db.$executeRaw`
    DELETE FROM stripe_events WHERE id IN (
      SELECT id FROM stripe_events WHERE "processedAt" < ${before} LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}

/** Password-reset tokens that expired more than a day ago; a used token expires too, so this covers used ones. */
export function purgePasswordResetTokens(options: PurgeOptions = {}) {
  const before = cutoff(options, PASSWORD_RESET_TOKEN_RETENTION_MS);
  return inBatches(
    options,
    (limit) => db.$executeRaw`
    DELETE FROM password_reset_tokens WHERE id IN (
      SELECT id FROM password_reset_tokens WHERE "expiresAt" < ${before} LIMIT ${limit} FOR UPDATE SKIP LOCKED)`,
  );
}

/** Every purge by name: the daily job runs each in its own step, `purgeExpiredRecords` runs them all. */
export const PURGES = {
  idempotencyKeys: purgeIdempotencyKeys,
  revokedTokens: purgeRevokedTokens,
  sentEvents: purgeSentEvents,
  sentEmails: purgeSentEmails,
  processedStripeEvents: purgeProcessedStripeEvents,
  passwordResetTokens: purgePasswordResetTokens,
} satisfies Record<string, (options?: PurgeOptions) => Promise<number>>;

export type PurgeName = keyof typeof PURGES;
export type PurgeCounts = Record<PurgeName, number>;

/** One log line with every count, so a dashboard can follow each table's backlog. */
export function logPurgeCounts(counts: PurgeCounts) {
  logger.info({ event: "housekeeping_purged", ...counts }, "housekeeping purged expired records");
}

/** Runs every purge one after another and logs the counts. */
export async function purgeExpiredRecords(options: PurgeOptions = {}): Promise<PurgeCounts> {
  // one after another, not in parallel: the purges share the database with live traffic
  const counts: PurgeCounts = {
    idempotencyKeys: await purgeIdempotencyKeys(options),
    revokedTokens: await purgeRevokedTokens(options),
    sentEvents: await purgeSentEvents(options),
    sentEmails: await purgeSentEmails(options),
    processedStripeEvents: await purgeProcessedStripeEvents(options),
    passwordResetTokens: await purgePasswordResetTokens(options),
  };
  logPurgeCounts(counts);
  return counts;
}
