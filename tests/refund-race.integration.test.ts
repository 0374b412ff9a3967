// A payment is never refunded more than was paid, however an admin refund, an admin cancellation, a traveller
// cancellation and a departure cancellation interleave: in the refunds table, in the ledger and at Stripe (the local
// stand-in, read back through the SDK). The database refuses an over-limit refund on its own, even from raw SQL.
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { reconcile } from "@/lib/ledger/reconcile";
import { applyRefundStatus } from "@/lib/payments/apply-refund-status";
import { executeRefund } from "@/lib/payments/execute-refund";
import { refundPayment } from "@/lib/payments/refund-payment";
import { withRefundCap } from "@/lib/payments/refundable";
import { retryFailedRefund } from "@/lib/payments/retry-failed-refund";
import { stripe } from "@/lib/payments/stripe";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { cancelDeparture } from "@/lib/trips/cancel-departure";
import { scriptClient } from "@/local/script-db";
import { makeDeparture, makeTravellers } from "./support/catalogue";
import { asActor, makeAdmin } from "./support/payouts";
import { signedEvent } from "./support/stripe-events";
import { waitFor } from "./support/wait-for";

const reconcileDb = scriptClient(process.env.DATABASE_URL!);
afterAll(() => reconcileDb.$disconnect());
afterEach(() => vi.restoreAllMocks());

const PRICE = 10_001; // odd, so the traveller's 50 % is rounded and the rest is not the same amount

/** A confirmed booking paid by card, its payment confirmed by a signed payment_intent.succeeded webhook. */
async function paidBooking() {
  const { departure, trip, vendor } = await makeDeparture({ capacity: 5, price: PRICE, startsInDays: 3 });
  await db.trip.update({ where: { id: trip.id }, data: { cancellationPolicy: "moderate" } }); // 3 days out: 50 %
  const [traveller] = await makeTravellers(1);
  const { booking, payment } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
  const intent = await stripe().paymentIntents.confirm(payment.stripePaymentIntentId!, {
    payment_method: "pm_card_visa",
  });
  const { payload, header } = signedEvent("payment_intent.succeeded", intent);
  await handleStripeWebhook(payload, header);
  expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "confirmed" });
  return { booking, payment, traveller, departure, vendor: asActor(vendor) };
}

/**
 * Holds every refund request to the Stripe stand-in until released, so the refunds already recorded stay `pending`
 * (their money in flight) while the next action runs — the window of the race reported in issue #10.
 */
function holdStripeRefunds() {
  const refunds = stripe().refunds;
  const create = refunds.create.bind(refunds);
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const gate = { arrivals: 0, release };
  vi.spyOn(refunds, "create").mockImplementation(async (...args: Parameters<typeof create>) => {
    gate.arrivals++;
    await released;
    return create(...args);
  });
  return gate;
}

const outcomeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

/** Starts an action and returns once it is waiting at Stripe or has finished; its outcome settles later. */
async function startUntilStripe(action: () => Promise<unknown>, gate: { arrivals: number }) {
  const arrivals = gate.arrivals;
  const outcome = outcomeOf(action());
  let settled = false;
  void outcome.then(() => (settled = true));
  await waitFor(() => settled || gate.arrivals !== arrivals, {
    timeout: 15_000,
    interval: 5,
    message: "the action to reach Stripe or finish",
  });
  return { outcome };
}

/** The three places money is recorded agree and none goes over the payment; nothing is left pending. */
async function expectRefundedExactlyOnce(paymentId: string, bookingId: string) {
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
  const sum = (rs: { amount: number }[]) => rs.reduce((s, r) => s + r.amount, 0);
  const succeeded = sum(payment.refunds.filter((r) => r.status === "succeeded"));
  expect(payment.refunds.filter((r) => r.status === "pending")).toEqual([]);
  expect(sum(payment.refunds.filter((r) => r.status !== "failed"))).toBe(payment.amount);
  expect(succeeded).toBe(payment.amount);
  expect(payment).toMatchObject({ status: "refunded", refundedAmount: payment.amount, refundReserved: payment.amount });

  const ledger = await db.ledgerEntry.aggregate({
    where: { paymentId, account: "cash", kind: "refund" },
    _sum: { amount: true },
  });
  expect(-(ledger._sum.amount ?? 0)).toBe(payment.amount);

  const atStripe = await stripe().refunds.list({ payment_intent: payment.stripePaymentIntentId!, limit: 100 });
  expect(sum(atStripe.data.filter((r) => r.status === "succeeded" || r.status === "pending"))).toBe(payment.amount);
  const intent = await stripe().paymentIntents.retrieve(payment.stripePaymentIntentId!, { expand: ["latest_charge"] });
  expect(intent.latest_charge).toMatchObject({ amount_refunded: payment.amount, refunded: true });

  expect((await reconcile(reconcileDb, stripe(), { bookingIds: [bookingId] })).differences).toEqual([]);
}

type Setup = Awaited<ReturnType<typeof paidBooking>>;
type Action = (s: Setup, admin: Awaited<ReturnType<typeof makeAdmin>>) => Promise<unknown>;
const ACTIONS: Record<string, Action> = {
  "admin refund": (s, admin) => refundPayment(admin, s.payment.id),
  "admin cancel": (s, admin) => cancelBooking(admin, s.booking.id),
  "traveller cancel": (s) => cancelBooking(s.traveller, s.booking.id),
};
const permutations = <T>(xs: T[]): T[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
const ORDERS = permutations(Object.keys(ACTIONS));
const EXPECTED_REFUSALS = ["ok", "invalid_state"];

describe("refund + cancellations race", () => {
  test.each(ORDERS.map((o) => [o.join(" → "), o]))("one after the other: %s", async (_name, order) => {
    const admin = await makeAdmin();
    const s = await paidBooking();
    for (const name of order as string[])
      await ACTIONS[name](s, admin).catch((e: { code?: string }) => expect(e.code).toBe("invalid_state"));
    await expectRefundedExactlyOnce(s.payment.id, s.booking.id);
  });

  test.each(ORDERS.map((o) => [o.join(" → "), o]))(
    "each while the refunds before it are in flight at Stripe: %s",
    async (_name, order) => {
      const admin = await makeAdmin();
      const s = await paidBooking();
      const gate = holdStripeRefunds();
      const outcomes: Promise<string>[] = [];
      for (const name of order as string[])
        outcomes.push((await startUntilStripe(() => ACTIONS[name](s, admin), gate)).outcome);
      gate.release();
      for (const o of await Promise.all(outcomes)) expect(EXPECTED_REFUSALS).toContain(o);
      await expectRefundedExactlyOnce(s.payment.id, s.booking.id);
    },
  );

  test.each([1, 2, 3, 4])("all three at once (Promise.all), run %i", async () => {
    const admin = await makeAdmin();
    const s = await paidBooking();
    const outcomes = await Promise.all(Object.values(ACTIONS).map((a) => outcomeOf(a(s, admin))));
    for (const o of outcomes) expect(EXPECTED_REFUSALS).toContain(o);
    await expectRefundedExactlyOnce(s.payment.id, s.booking.id);
  });

  test("all three at once with Stripe slow, plus the vendor cancelling the departure", async () => {
    const admin = await makeAdmin();
    const s = await paidBooking();
    const gate = holdStripeRefunds();
    const all = [...Object.values(ACTIONS).map((a) => a(s, admin)), cancelDeparture(s.vendor, s.departure.id)];
    let settled = 0;
    const outcomes = all.map((p) => outcomeOf(p).finally(() => settled++));
    // every action is in the race window: its refund held at Stripe, or already decided (refused, or nothing to refund)
    await waitFor(() => gate.arrivals > 0 && gate.arrivals + settled === all.length, {
      timeout: 15_000,
      message: "every action to reach Stripe or finish",
    });
    gate.release();
    for (const o of await Promise.all(outcomes)) expect(EXPECTED_REFUSALS).toContain(o);
    await expectRefundedExactlyOnce(s.payment.id, s.booking.id);
  });
});

/** Raw refunds never went to Stripe: failing them releases what they reserved, and the retry job leaves them alone. */
async function settleRawRefunds(paymentId: string) {
  await db.refund.updateMany({
    where: { paymentId, status: "pending" },
    data: { status: "failed", failureMessage: "test: never sent" },
  });
  expect((await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundReserved).toBe(0);
}

/**
 * Someone refunds at Stripe outside Travellr (the Dashboard). Once a test is done the refund is recorded in Travellr
 * like any refund Stripe reports, so the ledger and Stripe agree again (the suite reconciles the whole database).
 */
async function dashboardRefund(s: Setup, amount: number) {
  const atStripe = await stripe().refunds.create({ payment_intent: s.payment.stripePaymentIntentId!, amount });
  return async () => {
    const row = await db.refund.create({
      data: { paymentId: s.payment.id, bookingId: s.booking.id, amount, currency: "usd", reason: "test: dashboard" },
    });
    await applyRefundStatus({
      refundId: row.id,
      stripeRefundId: atStripe.id,
      status: "succeeded",
      failureReason: null,
    });
    expect((await reconcile(reconcileDb, stripe(), { bookingIds: [s.booking.id] })).differences).toEqual([]);
  };
}

describe("the database caps refunds at the payment", () => {
  test("a direct SQL insert over the limit is refused with SQLSTATE TR409; the app maps it to a 409", async () => {
    const s = await paidBooking();
    const insert = (amount: number, status = "pending") => db.$executeRaw`
      INSERT INTO refunds (id, "paymentId", "bookingId", amount, currency, status, "updatedAt")
      VALUES (${`raw_${crypto.randomUUID()}`}, ${s.payment.id}, ${s.booking.id}, ${amount}, 'usd', ${status}::"RefundStatus", now())`;
    await insert(6_000);
    const refused = await insert(PRICE - 6_000 + 1).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "P2010", meta: { driverAdapterError: { cause: { code: "TR409" } } } });
    const capped = { code: "refund_exceeds_payment", status: 409 };
    await expect(withRefundCap(() => insert(PRICE - 6_000 + 1))).rejects.toMatchObject(capped);
    await insert(50_000, "failed"); // a failed refund moves no money, so it counts for nothing
    await insert(PRICE - 6_000); // exactly up to the amount is allowed
    expect((await db.payment.findUniqueOrThrow({ where: { id: s.payment.id } })).refundReserved).toBe(PRICE);
    // reviving the failed refund, or raising the running total by hand, is refused too
    await expect(
      withRefundCap(
        () =>
          db.$executeRaw`UPDATE refunds SET status = 'pending' WHERE "paymentId" = ${s.payment.id} AND status = 'failed'`,
      ),
    ).rejects.toMatchObject(capped);
    await expect(
      withRefundCap(() => db.$executeRaw`UPDATE payments SET "refundReserved" = amount + 1 WHERE id = ${s.payment.id}`),
    ).rejects.toMatchObject(capped);
    const viaPrisma = withRefundCap(() =>
      db.refund.create({ data: { paymentId: s.payment.id, bookingId: s.booking.id, amount: 1, currency: "usd" } }),
    );
    await expect(viaPrisma).rejects.toMatchObject(capped);
    await settleRawRefunds(s.payment.id);
  });

  test("concurrent raw inserts, each within the limit alone: only as many as fit are kept", async () => {
    const s = await paidBooking();
    const half = Math.floor(PRICE / 2);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        withRefundCap(() =>
          db.$transaction(async (tx) => {
            await tx.$executeRaw`INSERT INTO refunds (id, "paymentId", "bookingId", amount, currency, "updatedAt") VALUES (${`raw_${crypto.randomUUID()}`}, ${s.payment.id}, ${s.booking.id}, ${half}, 'usd', now())`;
            await new Promise((r) => setTimeout(r, 20)); // hold the transaction open so the others queue behind it
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "refund_exceeds_payment" });
    const kept = await db.refund.aggregate({ where: { paymentId: s.payment.id }, _sum: { amount: true } });
    expect(kept._sum.amount).toBe(2 * half);
    expect((await db.payment.findUniqueOrThrow({ where: { id: s.payment.id } })).refundReserved).toBe(2 * half);
    await settleRawRefunds(s.payment.id);
  });
});

describe("Stripe refuses a refund: it fails, never stays pending", () => {
  test("charge already refunded at Stripe (e.g. from the Dashboard): failed, not retried, its amount released", async () => {
    const admin = await makeAdmin();
    const s = await paidBooking();
    const recordDashboardRefund = await dashboardRefund(s, PRICE);
    const refund = await refundPayment(admin, s.payment.id);
    expect(refund).toMatchObject({
      status: "failed",
      stripeRefundId: null,
      failureMessage: expect.stringMatching(/^charge_already_refunded: /),
    });
    expect(refund.payment).toMatchObject({ refundReserved: 0, refundedAmount: 0 });
    expect(await retryFailedRefund(refund.id)).toBeNull();
    expect(await executeRefund(refund.id)).toMatchObject({ status: "failed" });
    expect(await db.refund.count({ where: { paymentId: s.payment.id } })).toBe(1);
    await recordDashboardRefund();
  });

  test("amount above what is left on the charge: Stripe's amount_too_large, the refund fails", async () => {
    const admin = await makeAdmin();
    const s = await paidBooking();
    const recordDashboardRefund = await dashboardRefund(s, 4_000);
    const refund = await refundPayment(admin, s.payment.id, 7_000);
    expect(refund).toMatchObject({
      status: "failed",
      failureMessage: expect.stringMatching(
        /^amount_too_large: Refund amount \(\$70\.00\) is greater than unrefunded amount on charge \(\$60\.01\)/,
      ),
    });
    // what Stripe still holds can be refunded
    expect(await refundPayment(admin, s.payment.id, 6_001)).toMatchObject({
      status: "succeeded",
      payment: { refundReserved: 6_001 },
    });
    await recordDashboardRefund();
  });

  test("the stand-in answers with Stripe's errors, and replays a refusal under its idempotency key", async () => {
    // a PaymentIntent of its own, outside Travellr, so no booking's records are touched
    const intent = await stripe().paymentIntents.create({
      amount: PRICE,
      currency: "usd",
      payment_method: "pm_card_visa",
      confirm: true,
    });
    const pi = intent.id;
    const tooMuch = await stripe()
      .refunds.create({ payment_intent: pi, amount: PRICE + 1 }, { idempotencyKey: `too-much:${pi}` })
      .catch((e: unknown) => e);
    expect(tooMuch).toMatchObject({
      type: "StripeInvalidRequestError",
      statusCode: 400,
      code: "amount_too_large",
      param: "amount",
      message: "Refund amount ($100.02) is greater than unrefunded amount on charge ($100.01)",
    });
    await stripe().refunds.create({ payment_intent: pi });
    const again = await stripe()
      .refunds.create({ payment_intent: pi, amount: 1 })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({
      type: "StripeInvalidRequestError",
      statusCode: 400,
      code: "charge_already_refunded",
      doc_url: "https://stripe.com/docs/error-codes/charge-already-refunded",
    });
    const replayed = await stripe()
      .refunds.create({ payment_intent: pi, amount: PRICE + 1 }, { idempotencyKey: `too-much:${pi}` })
      .catch((e: unknown) => e);
    expect(replayed).toMatchObject({ code: "amount_too_large" });
  });
});
