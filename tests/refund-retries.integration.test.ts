// Failed refunds are retried as a chain: each failure Stripe reported gets one replacement that points at it
// (`retryOfId`, unique), a chain stops after three replacements, and the retry job's searches skip what is handled.
// Against the real database and the local Stripe stand-in.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { retryFailedRefund } from "@/lib/payments/retry-failed-refund";
import { findFailedRefundsToRetry, findStuckRefunds, resendStuckRefund } from "@/lib/payments/retry-refunds";
import { paidBooking, vendorWithDeparture } from "./support/payouts";

/** A paid booking whose payment has `length` refunds that Stripe reported failed, each a retry of the one before. */
async function failedChain(length: number) {
  const { departure } = await vendorWithDeparture({ price: 10_000 });
  const { booking, payment } = await paidBooking(departure.id);
  const chain: { id: string }[] = [];
  for (let i = 0; i < length; i++) {
    const data = {
      paymentId: payment.id,
      bookingId: booking.id,
      amount: 1_000,
      currency: "usd",
      reason: "cancelled_by_vendor",
      retryOfId: chain.at(-1)?.id ?? null,
    };
    chain.push(
      await db.refund.create({
        data: { ...data, status: "failed", stripeRefundId: `re_failed_${crypto.randomUUID()}` },
      }),
    );
  }
  return { booking, payment, chain };
}

describe("retrying failed refunds", () => {
  test("a failure gets one replacement, linked by retryOfId and carrying the original reason; the job then skips it", async () => {
    const { payment, chain } = await failedChain(3);
    const last = chain[2].id;
    expect(await findFailedRefundsToRetry()).toContain(last);
    const replacement = await retryFailedRefund(last);
    expect(replacement).toMatchObject({
      amount: 1_000,
      status: "succeeded",
      reason: "cancelled_by_vendor",
      retryOfId: last,
    });
    // a second run of the job finds the replacement instead of making another one
    expect(await retryFailedRefund(last)).toMatchObject({ id: replacement?.id });
    expect(await db.refund.count({ where: { paymentId: payment.id } })).toBe(4);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(1_000);
    const toRetry = await findFailedRefundsToRetry();
    expect(chain.filter((r) => toRetry.includes(r.id))).toEqual([]);
  });

  test("the database keeps one replacement per failure, whatever the application does", async () => {
    const { booking, payment, chain } = await failedChain(2);
    const second = db.refund.create({
      data: {
        paymentId: payment.id,
        bookingId: booking.id,
        amount: 1,
        currency: "usd",
        status: "failed",
        retryOfId: chain[0].id,
      },
    });
    await expect(second).rejects.toMatchObject({ code: "P2002" });
  });

  test("after three replacements in a row the chain stops and the last failure stays for an admin", async () => {
    const { payment, chain } = await failedChain(4);
    expect(await retryFailedRefund(chain[3].id)).toBeNull();
    expect(await db.refund.count({ where: { paymentId: payment.id } })).toBe(4);
    // one replacement fewer before it, and it is retried
    expect(await retryFailedRefund(chain[2].id)).toMatchObject({ id: chain[3].id });
  });

  test("a refund whose request never reached Stripe is found after a minute and sent again", async () => {
    const { booking, payment } = await failedChain(0);
    const stuck = await db.refund.create({
      data: {
        paymentId: payment.id,
        bookingId: booking.id,
        amount: 2_500,
        currency: "usd",
        reason: "admin_refund",
        createdAt: new Date(Date.now() - 120_000),
      },
    });
    const fresh = await db.refund.create({
      data: { paymentId: payment.id, bookingId: booking.id, amount: 500, currency: "usd", reason: "admin_refund" },
    });
    const found = await findStuckRefunds();
    expect(found).toContain(stuck.id);
    expect(found).not.toContain(fresh.id);
    expect(await resendStuckRefund(stuck.id)).toBe(true);
    expect(await db.refund.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({
      status: "succeeded",
      stripeRefundId: expect.stringMatching(/^re_/),
    });
    // the fresh one is left pending here only because this test never sent it: send it so the payment settles
    expect(await resendStuckRefund(fresh.id)).toBe(true);
  });
});
