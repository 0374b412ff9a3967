// Cancellations, refunds and the ledger against the real database and the local Stripe stand-in.
import { afterAll, describe, expect, test } from "vitest";
import { cancelBooking, previewCancellation } from "@/lib/bookings/cancel-booking";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { reconcile } from "@/lib/ledger/reconcile";
import { handlePaymentSucceeded } from "@/lib/payments/handle-payment-succeeded";
import { refundPayment } from "@/lib/payments/refund-payment";
import { stripe } from "@/lib/payments/stripe";
import { scriptClient } from "@/local/script-db";
import { cancelDeparture } from "@/lib/trips/cancel-departure";
import { makeDeparture, makeTravellers } from "./support/catalogue";
import { makeAdmin } from "./support/payouts";
import { waitFor } from "./support/wait-for";

const reconcileDb = scriptClient(process.env.DATABASE_URL!);
afterAll(() => reconcileDb.$disconnect());

async function confirmedBooking({
  days = 30,
  policy = "moderate" as "flexible" | "moderate" | "strict",
  seats = 2,
  price = 10_000,
} = {}) {
  const { departure, trip, vendor } = await makeDeparture({ capacity: 10, price, startsInDays: days });
  await db.trip.update({ where: { id: trip.id }, data: { cancellationPolicy: policy } });
  const [traveller] = await makeTravellers(1);
  const { booking, payment } = await createBooking(traveller, { departureId: departure.id, seats });
  const intent = await stripe().paymentIntents.confirm(payment.stripePaymentIntentId!, {
    payment_method: "pm_card_visa",
  });
  expect(await handlePaymentSucceeded(intent)).toBe("confirmed");
  const vendorActor = { id: vendor.id, email: vendor.email, name: vendor.name, role: vendor.role };
  return { booking, payment, traveller, departure, vendor: vendorActor };
}

async function expectReconciled(bookingIds: string[]) {
  const report = await reconcile(reconcileDb, stripe(), { bookingIds });
  expect(report.differences).toEqual([]);
}

describe("cancellation", () => {
  test("traveller, moderate policy, 3 days before: the preview and the refund are 50 %; seats come back", async () => {
    const { booking, traveller, departure } = await confirmedBooking({ days: 3 });
    expect(await previewCancellation(traveller, booking.id)).toEqual({
      refundAmount: 10_000,
      percent: 50,
      currency: "usd",
      policy: "moderate",
      cancelledBy: "traveller",
    });
    const { booking: cancelled, refund } = await cancelBooking(traveller, booking.id, { reason: "plans changed" });
    expect(cancelled.status).toBe("cancelled");
    expect(refund).toMatchObject({ amount: 10_000, status: "succeeded" });
    expect((await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).seatsTaken).toBe(0);
    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(payment).toMatchObject({ status: "partially_refunded", refundedAmount: 10_000 });
    await expectReconciled([booking.id]);
  });

  test("cancelling twice, or an expired or completed booking, is invalid_state and changes nothing", async () => {
    const { booking, traveller } = await confirmedBooking();
    const both = await Promise.allSettled([cancelBooking(traveller, booking.id), cancelBooking(traveller, booking.id)]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "invalid_state" } });
    expect(await db.refund.count({ where: { bookingId: booking.id } })).toBe(1);
    await expect(cancelBooking(traveller, booking.id)).rejects.toMatchObject({ code: "invalid_state" });
    const other = await confirmedBooking();
    await completeBooking(await makeAdmin(), other.booking.id);
    await expect(cancelBooking(other.traveller, other.booking.id)).rejects.toMatchObject({ code: "invalid_state" });
    await expectReconciled([booking.id, other.booking.id]);
  });

  test("the trip's vendor cancels: 100 % even under a strict policy the day before", async () => {
    const { booking, vendor } = await confirmedBooking({ days: 1, policy: "strict" });
    const { refund } = await cancelBooking(vendor, booking.id);
    expect(refund).toMatchObject({ amount: 20_000, status: "succeeded" });
    await expectReconciled([booking.id]);
  });

  test("a vendor cancels a departure: every booking on it is cancelled and refunded in full", async () => {
    const first = await confirmedBooking({ days: 2, policy: "strict" });
    const [second] = await makeTravellers(1);
    const b2 = await createBooking(second, { departureId: first.departure.id, seats: 3 });
    const i2 = await stripe().paymentIntents.confirm(b2.payment.stripePaymentIntentId!, {
      payment_method: "pm_card_visa",
    });
    await handlePaymentSucceeded(i2);
    const [third] = await makeTravellers(1);
    const unpaid = await createBooking(third, { departureId: first.departure.id, seats: 1 });

    const { cancelledBookings } = await cancelDeparture(first.vendor, first.departure.id);
    expect(cancelledBookings).toBe(3);
    const bookings = await db.booking.findMany({
      where: { departureId: first.departure.id },
      include: { payments: true },
    });
    expect(bookings.every((b) => b.status === "cancelled")).toBe(true);
    for (const b of bookings.filter((x) => x.id !== unpaid.booking.id))
      expect(b.payments[0]).toMatchObject({ status: "refunded", refundedAmount: b.totalAmount });
    expect((await stripe().paymentIntents.retrieve(unpaid.payment.stripePaymentIntentId!)).status).toBe("canceled");
    expect((await db.departure.findUniqueOrThrow({ where: { id: first.departure.id } })).seatsTaken).toBe(0);
    await expect(cancelDeparture(first.vendor, first.departure.id)).rejects.toMatchObject({ code: "invalid_state" });
    await expectReconciled(bookings.map((b) => b.id));
  });

  test("admin partial refunds never exceed the payment, and commission is reversed pro rata to the cent", async () => {
    const { booking, payment } = await confirmedBooking({ seats: 1, price: 10_003 });
    const admin = (await makeTravellers(1))[0];
    await db.user.update({ where: { id: admin.id }, data: { role: "admin" } });
    const asAdmin = { ...admin, role: "admin" as const };
    await refundPayment(asAdmin, payment.id, 3_333);
    await refundPayment(asAdmin, payment.id, 3_333);
    await expect(refundPayment(asAdmin, payment.id, 3_338)).rejects.toMatchObject({ code: "validation_failed" });
    await refundPayment(asAdmin, payment.id);
    await expect(refundPayment(asAdmin, payment.id, 1)).rejects.toMatchObject({ code: "invalid_state" });
    const after = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(after).toMatchObject({ status: "refunded", refundedAmount: 10_003 });
    // fully refunded: the vendor's and the platform's shares of this booking are back to exactly zero
    const shares = await db.ledgerEntry.groupBy({
      by: ["account"],
      where: { bookingId: booking.id },
      _sum: { amount: true },
    });
    expect(Object.fromEntries(shares.map((s) => [s.account, s._sum.amount]))).toEqual({
      cash: 0,
      vendor_pending: 0,
      platform_revenue: 0,
    });
    await expect(refundPayment({ ...asAdmin, role: "traveller" }, payment.id, 1)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expectReconciled([booking.id]);
  });

  test("a refund Stripe fails is visible as failed and moves no money in the ledger", async () => {
    const { booking, payment } = await confirmedBooking();
    const refund = await db.refund.create({
      data: { paymentId: payment.id, bookingId: booking.id, amount: 500, currency: "usd", reason: "test" },
    });
    const stripeRefund = await stripe().refunds.create({
      payment_intent: payment.stripePaymentIntentId!,
      amount: 500,
      metadata: { refundId: refund.id, local_simulate: "fail" },
    });
    const { applyRefundStatus } = await import("@/lib/payments/apply-refund-status");
    await applyRefundStatus({
      refundId: refund.id,
      stripeRefundId: stripeRefund.id,
      status: "pending",
      failureReason: null,
    });
    // the stand-in fails the refund a moment after accepting it, as a bank would
    const settled = await waitFor(
      async () => {
        const atStripe = await stripe().refunds.retrieve(stripeRefund.id);
        return atStripe.status === "failed" && atStripe;
      },
      { message: "the refund to fail at Stripe" },
    );
    await applyRefundStatus({
      refundId: refund.id,
      stripeRefundId: stripeRefund.id,
      status: "failed",
      failureReason: settled.failure_reason ?? "failed",
    });
    expect((await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe("failed");
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(0);
    await expectReconciled([booking.id]);

    // the failure is retried as a new refund, once per failure
    const { retryFailedRefund } = await import("@/lib/payments/retry-failed-refund");
    const replacement = await retryFailedRefund(refund.id);
    expect(replacement).toMatchObject({ amount: 500, status: "succeeded", reason: "test", retryOfId: refund.id });
    expect(await retryFailedRefund(refund.id)).toMatchObject({ id: replacement?.id });
    expect(await db.refund.count({ where: { paymentId: payment.id } })).toBe(2);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedAmount).toBe(500);
    await expectReconciled([booking.id]);
  });
});
