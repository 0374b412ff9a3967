// The housekeeping purges against the real database. The use-case tests run with a `now` in 2001, so their cutoffs
// lie in 2001 and only this file's back-dated rows can fall before them: counts are exact and rows written by other
// test files running at the same time are never touched.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import {
  IDEMPOTENCY_KEY_RETENTION_MS as KEY_MS,
  PASSWORD_RESET_TOKEN_RETENTION_MS as RESET_MS,
  PROCESSED_STRIPE_EVENT_RETENTION_MS as STRIPE_MS,
  PURGE_BATCH_SIZE,
  REVOKED_TOKEN_GRACE_MS as GRACE_MS,
  purgeExpiredRecords,
  purgeIdempotencyKeys,
  purgePasswordResetTokens,
  purgeProcessedStripeEvents,
  purgeRevokedTokens,
  purgeSentEmails,
  purgeSentEvents,
  SENT_OUTBOX_RETENTION_MS as OUTBOX_MS,
} from "@/lib/housekeeping/purge-expired-records";
import { housekeeping } from "@/lib/inngest/functions/housekeeping";
import { logger } from "@/lib/logger";
import { DiskStorage } from "@/lib/storage/disk-storage";
import { uniqueEmail } from "@/tests/support/factories";

const NOW = new Date("2001-06-01T00:00:00Z");
const at = (ms: number) => new Date(NOW.getTime() + ms);
const ago = (ms: number) => new Date(Date.now() - ms);
const tag = () => `hk-${randomUUID().slice(0, 8)}`;

const key = (createdAt: Date, responseStatus: number | null = 201) =>
  db.idempotencyKey.create({
    data: {
      userId: "hk-user",
      key: tag(),
      method: "POST",
      path: "/api/v1/bookings",
      requestHash: "h",
      responseStatus,
      createdAt,
    },
  });
const event = (sentAt: Date | null, createdAt: Date) =>
  db.eventOutbox.create({ data: { name: "hk/test", eventId: tag(), data: {}, sentAt, createdAt } });
const email = (status: "queued" | "sent" | "failed", createdAt: Date, sentAt: Date | null) =>
  db.emailOutbox.create({
    data: { to: "hk@test.travellr.dev", subject: "s", html: "h", text: "t", template: "hk", status, createdAt, sentAt },
  });
const stripeEvent = (receivedAt: Date, processedAt: Date | null, lastError: string | null = null) =>
  db.stripeEvent.create({
    data: { id: `evt_${tag()}`, type: "payment_intent.succeeded", payload: {}, receivedAt, processedAt, lastError },
  });
async function revoked(expiresAt: Date) {
  const user = await db.user.create({ data: { email: uniqueEmail("hk"), passwordHash: "x", name: "Hk" } });
  return db.revokedToken.create({ data: { jti: tag(), userId: user.id, expiresAt } });
}
async function resetToken(expiresAt: Date, usedAt: Date | null = null) {
  const user = await db.user.create({ data: { email: uniqueEmail("hk"), passwordHash: "x", name: "Hk" } });
  return db.passwordResetToken.create({ data: { userId: user.id, tokenHash: tag(), expiresAt, usedAt } });
}
const left = {
  keys: (rows: { id: string }[]) =>
    db.idempotencyKey.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true } }),
  events: (rows: { id: string }[]) =>
    db.eventOutbox.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true } }),
  emails: (rows: { id: string }[]) =>
    db.emailOutbox.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true } }),
  stripe: (rows: { id: string }[]) =>
    db.stripeEvent.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true } }),
  resets: (rows: { id: string }[]) =>
    db.passwordResetToken.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true } }),
  tokens: (rows: { jti: string }[]) =>
    db.revokedToken.findMany({ where: { jti: { in: rows.map((r) => r.jti) } }, select: { jti: true } }),
};
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

// the daily function also deletes unused trip photos: from a temporary directory of this file's, never from the uploads
// of a developer's app (.data/uploads, or a bucket configured in .env) checked against this test database
const uploads = vi.hoisted(() => ({ dir: "" }));
vi.mock("@/lib/storage/storage", () => ({ objectStorage: () => new DiskStorage(uploads.dir) }));
uploads.dir = mkdtempSync(path.join(tmpdir(), "travellr-hk-uploads-"));
afterAll(() => rmSync(uploads.dir, { recursive: true, force: true }));

// rows an interrupted earlier run of this file left behind would skew the exact counts
beforeAll(() => purgeExpiredRecords({ now: NOW }));
afterEach(() => vi.restoreAllMocks());

describe("each purge deletes only rows past its boundary", () => {
  test("idempotency keys: older than 24 h go, finished or stuck; younger ones (in-flight requests) stay", async () => {
    const gone = [await key(at(-KEY_MS - 1)), await key(at(-KEY_MS - 1), null)];
    const kept = [await key(at(-KEY_MS)), await key(at(-KEY_MS + 1), null), await key(at(-60_000), null)];
    expect(await purgeIdempotencyKeys({ now: NOW })).toBe(2);
    expect(ids(await left.keys([...gone, ...kept]))).toEqual(ids(kept));
  });

  test("revoked tokens: past their expiry (plus a clock-skew grace) go; still-valid ones stay revoked", async () => {
    const gone = await revoked(at(-GRACE_MS - 1));
    const kept = [await revoked(at(-GRACE_MS)), await revoked(at(-1)), await revoked(at(60 * 60_000))];
    expect(await purgeRevokedTokens({ now: NOW })).toBe(1);
    expect((await left.tokens([gone, ...kept])).map((r) => r.jti).sort()).toEqual(kept.map((r) => r.jti).sort());
  });

  test("event outbox: sent more than 7 days ago go; unsent rows stay at any age", async () => {
    const gone = await event(at(-OUTBOX_MS - 1), at(-OUTBOX_MS - 60_000));
    const kept = [
      await event(at(-OUTBOX_MS), at(-OUTBOX_MS - 60_000)),
      await event(null, at(-30 * OUTBOX_MS)),
      await event(at(-1), at(-OUTBOX_MS - 60_000)),
    ];
    expect(await purgeSentEvents({ now: NOW })).toBe(1);
    expect(ids(await left.events([gone, ...kept]))).toEqual(ids(kept));
  });

  test("email outbox: sent more than 7 days ago go; queued, failed and recently sent emails stay", async () => {
    const old = at(-OUTBOX_MS - 1);
    const gone = await email("sent", old, old);
    const kept = [
      await email("sent", at(-OUTBOX_MS), at(-OUTBOX_MS)),
      await email("sent", old, at(-60_000)), // created long ago, delivered only after retries
      await email("queued", at(-30 * OUTBOX_MS), null),
      await email("failed", at(-30 * OUTBOX_MS), null),
    ];
    expect(await purgeSentEmails({ now: NOW })).toBe(1);
    expect(ids(await left.emails([gone, ...kept]))).toEqual(ids(kept));
  });

  test("Stripe events: processed more than 90 days ago go; failed, pending and recently processed ones stay", async () => {
    const old = at(-STRIPE_MS - 1);
    const gone = await stripeEvent(old, old);
    const kept = [
      await stripeEvent(at(-STRIPE_MS), at(-STRIPE_MS)),
      await stripeEvent(old, null, "Error: the card network is down"), // failed: the admin webhooks page retries it
      await stripeEvent(old, null), // never processed
      await stripeEvent(old, at(-60_000)), // retried from the admin page yesterday
    ];
    expect(await purgeProcessedStripeEvents({ now: NOW })).toBe(1);
    expect(ids(await left.stripe([gone, ...kept]))).toEqual(ids(kept));
  });

  test("password-reset tokens: expired more than a day ago go, used or not; live and recently expired ones stay", async () => {
    const gone = [await resetToken(at(-RESET_MS - 1)), await resetToken(at(-RESET_MS - 1), at(-RESET_MS - 60_000))];
    const kept = [
      await resetToken(at(-RESET_MS)),
      await resetToken(at(-60_000), at(-30 * 60_000)), // used, expired a minute ago
      await resetToken(at(30 * 60_000)), // still valid
    ];
    expect(await purgePasswordResetTokens({ now: NOW })).toBe(2);
    expect(ids(await left.resets([...gone, ...kept]))).toEqual(ids(kept));
  });
});

describe("batches", () => {
  const oldKeys = (n: number) => Promise.all(Array.from({ length: n }, () => key(at(-KEY_MS - 60_000))));

  test("loops until a batch comes back short, so a backlog bigger than one batch is cleared", async () => {
    await oldKeys(12);
    expect(await purgeIdempotencyKeys({ now: NOW, batchSize: 5 })).toBe(12);
    await oldKeys(10); // an exact multiple: the loop still ends, after one empty batch
    expect(await purgeIdempotencyKeys({ now: NOW, batchSize: 5 })).toBe(10);
  });

  test("each DELETE takes at most one batch, and maxBatches bounds a call", async () => {
    const rows = await oldKeys(12);
    expect(await purgeIdempotencyKeys({ now: NOW, batchSize: 5, maxBatches: 1 })).toBe(5);
    expect(await purgeIdempotencyKeys({ now: NOW, batchSize: 5, maxBatches: 1 })).toBe(5);
    expect(await left.keys(rows)).toHaveLength(2);
    expect(await purgeIdempotencyKeys({ now: NOW, batchSize: 5, maxBatches: 1 })).toBe(2);
  });
});

test("purgeExpiredRecords runs every purge, returns the counts and logs them in one line", async () => {
  const info = vi.spyOn(logger, "info");
  await key(at(-KEY_MS - 1));
  await revoked(at(-GRACE_MS - 1));
  await revoked(at(-GRACE_MS - 2));
  await event(at(-OUTBOX_MS - 1), at(-OUTBOX_MS - 1));
  await email("sent", at(-OUTBOX_MS - 1), at(-OUTBOX_MS - 1));
  await stripeEvent(at(-STRIPE_MS - 1), at(-STRIPE_MS - 1));
  await resetToken(at(-RESET_MS - 1));
  const counts = {
    idempotencyKeys: 1,
    revokedTokens: 2,
    sentEvents: 1,
    sentEmails: 1,
    processedStripeEvents: 1,
    passwordResetTokens: 1,
  };
  expect(await purgeExpiredRecords({ now: NOW, batchSize: 1 })).toEqual(counts);
  expect(info).toHaveBeenCalledTimes(1);
  expect(info).toHaveBeenCalledWith({ event: "housekeeping_purged", ...counts }, expect.any(String));
});

describe("the daily housekeeping function (real steps)", () => {
  const timer = { name: "inngest/scheduled.timer", data: { cron: "TZ=UTC 35 3 * * *" } };
  const DAY = 24 * 60 * 60_000;

  test("runs one step per purge, deletes what expired today and keeps the rest", async () => {
    const oldKey = await key(ago(2 * DAY));
    const freshKey = await key(ago(60_000), null);
    const token = await revoked(ago(DAY));
    const sent = await event(ago(8 * DAY), ago(8 * DAY));
    const unsent = await event(null, ago(30 * DAY));
    const mail = await email("sent", ago(8 * DAY), ago(8 * DAY));
    const failedMail = await email("failed", ago(30 * DAY), null);
    const processed = await stripeEvent(ago(91 * DAY), ago(91 * DAY));
    const failed = await stripeEvent(ago(200 * DAY), null, "Error: boom");
    const deadLink = await resetToken(ago(2 * DAY));
    const liveLink = await resetToken(ago(-30 * 60_000));
    const storage = new DiskStorage(uploads.dir);
    const photo = `trips/${randomUUID()}.png`;
    await storage.put(photo, new Uint8Array([1]), "image/png");
    utimesSync(path.join(uploads.dir, photo), ago(2 * DAY), ago(2 * DAY));

    const info = vi.spyOn(logger, "info");
    const { result, ctx } = await new InngestTestEngine({ function: housekeeping }).execute({ events: [timer] });
    const { unusedUploads, ...purged } = result as Record<string, number>;
    // the counts are logged once per run, not once per step request
    expect(
      info.mock.calls.filter(([fields]) => (fields as { event?: string }).event === "housekeeping_purged"),
    ).toEqual([[{ event: "housekeeping_purged", ...purged }, expect.any(String)]]);
    const stepIds = ctx.step.run.mock.calls.map((call) => call[0]);
    expect(stepIds).toEqual([
      "purge-idempotencyKeys",
      "purge-revokedTokens",
      "purge-sentEvents",
      "purge-sentEmails",
      "purge-processedStripeEvents",
      "purge-passwordResetTokens",
      "purge-unused-uploads",
    ]);
    // other test files may leave expired rows of their own: at least ours were counted
    for (const count of Object.values(purged)) expect(count).toBeGreaterThanOrEqual(1);
    expect(unusedUploads).toBe(1);
    expect(await storage.get(photo)).toBeNull();

    expect(ids(await left.keys([oldKey, freshKey]))).toEqual([freshKey.id]);
    expect(await left.tokens([token])).toEqual([]);
    expect(ids(await left.events([sent, unsent]))).toEqual([unsent.id]);
    expect(ids(await left.emails([mail, failedMail]))).toEqual([failedMail.id]);
    expect(ids(await left.stripe([processed, failed]))).toEqual([failed.id]);
    expect(ids(await left.resets([deadLink, liveLink]))).toEqual([liveLink.id]);
  });

  test("a purge whose step came back full continues in a further step, and the counts add up", async () => {
    // at least as many rows as one step ever deletes (it stops after a bounded number of batches): the step came back full
    const full = 1_000 * PURGE_BATCH_SIZE;
    const sent = await event(ago(8 * DAY), ago(8 * DAY));
    const engine = new InngestTestEngine({
      function: housekeeping,
      steps: [{ id: "purge-sentEvents", handler: () => full }],
    });
    const { result, ctx } = await engine.execute({ events: [timer] });
    expect(ctx.step.run.mock.calls.map((call) => call[0])).toContain("purge-sentEvents-1");
    expect((result as { sentEvents: number }).sentEvents).toBeGreaterThanOrEqual(full + 1);
    expect(await left.events([sent])).toEqual([]);
  });

  test("unused photos: a step that deleted its full share is followed by another", async () => {
    const engine = new InngestTestEngine({
      function: housekeeping,
      steps: [{ id: "purge-unused-uploads", handler: () => ({ scanned: 5_000, deleted: 1_000 }) }],
    });
    const { result, ctx } = await engine.execute({ events: [timer] });
    const uploadSteps = ctx.step.run.mock.calls
      .map((call) => call[0])
      .filter((id) => typeof id === "string" && id.startsWith("purge-unused-uploads"));
    expect(uploadSteps).toEqual(["purge-unused-uploads", "purge-unused-uploads-1"]);
    expect((result as { unusedUploads: number }).unusedUploads).toBe(1_000);
  });
});
