// Vendors get paid: completion, earnings, Connect, payout runs, clawback, statements and the 1099 flag, against the
// real database and the local Stripe stand-in.
import { afterAll, describe, expect, test } from "vitest";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { completeFinishedBookings } from "@/lib/bookings/complete-finished-bookings";
import { db } from "@/lib/db";
import { reconcile } from "@/lib/ledger/reconcile";
import { refundPayment } from "@/lib/payments/refund-payment";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { stripe } from "@/lib/payments/stripe";
import { createPayoutTransfer } from "@/lib/payments/transfers";
import { createPayouts } from "@/lib/payouts/create-payouts";
import { executePayout, stalePendingPayouts } from "@/lib/payouts/execute-payout";
import { payVendorNow } from "@/lib/payouts/pay-vendor-now";
import { remindToConnect } from "@/lib/payouts/remind-to-connect";
import { planScheduledPayouts } from "@/lib/payouts/run-scheduled-payouts";
import { flagTaxFormIfDue } from "@/lib/vendors/flag-tax-form";
import { getVendorEarnings } from "@/lib/vendors/get-vendor-earnings";
import { sendMonthlyStatement } from "@/lib/vendors/send-monthly-statement";
import { startConnectOnboarding } from "@/lib/vendors/start-connect-onboarding";
import { statementLines } from "@/lib/vendors/build-statement";
import { getVendorStatement } from "@/lib/vendors/get-vendor-statement";
import { scriptClient } from "@/local/script-db";
import { makeTravellers } from "./support/catalogue";
import { completedAt, connectVendor, makeAdmin, paidBooking, vendorWithDeparture } from "./support/payouts";
import { signedEvent } from "./support/stripe-events";

const reconcileDb = scriptClient(process.env.DATABASE_URL!);
afterAll(() => reconcileDb.$disconnect());

async function expectReconciled(vendorId: string) {
  const report = await reconcile(reconcileDb, stripe(), { vendorIds: [vendorId] });
  expect(report.differences).toEqual([]);
}

function expectInvariant(e: {
  pending: number;
  available: number;
  paidOut: number;
  lifetimeGross: number;
  lifetimeCommission: number;
}) {
  expect(e.pending + e.available + e.paidOut).toBe(e.lifetimeGross - e.lifetimeCommission);
}

describe("completion", () => {
  test("who may complete a booking, and when", async () => {
    const { vendor, departure } = await vendorWithDeparture({ startsInDays: 10 });
    const { booking, traveller } = await paidBooking(departure.id);
    const [stranger] = await makeTravellers(1);
    const admin = await makeAdmin();

    await expect(completeBooking(vendor, booking.id)).rejects.toMatchObject({ code: "invalid_state" });
    await expect(completeBooking(traveller, booking.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(completeBooking(stranger, booking.id)).rejects.toMatchObject({ code: "not_found" });
    // the vendor may complete it once the departure has started
    await expect(
      completeBooking(vendor, booking.id, new Date(departure.startsAt.getTime() + 60_000)),
    ).resolves.toMatchObject({ status: "completed" });
    await expect(completeBooking(admin, booking.id)).rejects.toMatchObject({ code: "invalid_state" });
    expect(await db.eventOutbox.count({ where: { eventId: `booking/completed:${booking.id}` } })).toBe(1);

    // a completed booking can no longer be cancelled by its traveller, but an admin can still refund it
    await expect(cancelBooking(traveller, booking.id)).rejects.toMatchObject({ code: "invalid_state" });
    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    await expect(refundPayment(admin, payment.id, 1_000)).resolves.toMatchObject({ status: "succeeded" });

    const other = await paidBooking(departure.id);
    await expect(completeBooking(admin, other.booking.id)).resolves.toMatchObject({ status: "completed" });
    await expectReconciled(vendor.id);
  });

  test("the hourly job completes bookings whose departure ended on its own wall clock, across a DST change, once", async () => {
    const { departure, trip } = await vendorWithDeparture({ startsInDays: 5 });
    const first = await paidBooking(departure.id);
    const second = await paidBooking(departure.id, 2);
    const pending = await db.booking.findMany({ where: { id: { in: [first.booking.id, second.booking.id] } } });
    expect(pending.every((b) => b.status === "confirmed")).toBe(true);
    // 09:00 in Lisbon on 28 March 2026 (WET, UTC+0) for 2 days: it ends at 09:00 WEST (UTC+1) on the 30th = 08:00Z
    await db.trip.update({ where: { id: trip.id }, data: { durationDays: 2 } });
    await db.departure.update({
      where: { id: departure.id },
      data: { startsAt: new Date("2026-03-28T09:00:00Z"), timeZone: "Europe/Lisbon" },
    });

    await completeFinishedBookings({ now: new Date("2026-03-30T07:59:59Z") });
    expect((await db.booking.findUniqueOrThrow({ where: { id: first.booking.id } })).status).toBe("confirmed");

    // small batches: every one of them is still completed, each exactly once
    const at = new Date("2026-03-30T08:00:00Z");
    while ((await completeFinishedBookings({ now: at, batchSize: 1 })) === 1);
    const done = await db.booking.findMany({ where: { id: { in: [first.booking.id, second.booking.id] } } });
    expect(done.map((b) => [b.status, b.completedAt?.toISOString()])).toEqual([
      ["completed", at.toISOString()],
      ["completed", at.toISOString()],
    ]);
    expect(
      await db.eventOutbox.count({ where: { eventId: { in: done.map((b) => `booking/completed:${b.id}`) } } }),
    ).toBe(2);
    expect(await completeFinishedBookings({ now: new Date("2026-03-31T00:00:00Z") })).toBe(0);
  });
});

describe("earnings", () => {
  test("pending, available and paid out to the cent, with the invariant", async () => {
    const { vendor, departure, trip } = await vendorWithDeparture({ price: 12_345, startsInDays: 3 });
    const admin = await makeAdmin();
    await paidBooking(departure.id); // stays confirmed: pending
    const done = await paidBooking(departure.id, 2);
    await completeBooking(admin, done.booking.id);
    await db.trip.update({ where: { id: trip.id }, data: { cancellationPolicy: "moderate" } });
    const cancelled = await paidBooking(departure.id);
    await cancelBooking(cancelled.traveller, cancelled.booking.id); // 3 days before, moderate: 50 % back

    const e = await getVendorEarnings(vendor, vendor.id, "usd");
    // 12,345 → platform 2,469 / vendor 9,876; 24,690 → 4,938 / 19,752; refund 6,172 of 12,345 reverses 1,234 / 4,938
    expect(e).toEqual({
      currency: "usd",
      pending: 9_876,
      available: 19_752 + (9_876 - 4_938),
      paidOut: 0,
      balance: 9_876 + 19_752 + 4_938,
      lifetimeGross: 12_345 + 24_690 + 12_345 - 6_172,
      lifetimeCommission: 2_469 + 4_938 + 2_469 - 1_234,
    });
    expectInvariant(e);
    const [stranger] = await makeTravellers(1);
    await expect(getVendorEarnings(stranger, vendor.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getVendorEarnings(admin, vendor.id, "eur")).resolves.toMatchObject({
      currency: "eur",
      pending: 0,
      available: 0,
    });
    await expectReconciled(vendor.id);
  });
});

describe("Connect", () => {
  test("the account is created once, every call gets a link to it, and account.updated enables payouts", async () => {
    const { vendor } = await vendorWithDeparture();
    const first = await startConnectOnboarding(vendor, vendor.id);
    const again = await startConnectOnboarding(vendor, vendor.id);
    expect(again.accountId).toBe(first.accountId);
    expect(again.url).toContain(`/_local/connect/onboard/${first.accountId}`);
    expect(first.url).toContain(`/_local/connect/onboard/${first.accountId}`);
    expect(new URL(first.url).searchParams.get("return_url")).toMatch(/\/vendor\/earnings\?connect=return$/);
    const admin = await makeAdmin();
    await expect(startConnectOnboarding(admin, vendor.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.vendorProfile.findUniqueOrThrow({ where: { userId: vendor.id } })).toMatchObject({
      stripeAccountId: first.accountId,
      payoutsEnabled: false,
    });

    // the vendor completes the hosted onboarding; Stripe sends account.updated, which Travellr re-reads
    await fetch(first.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "business_name=Test",
      redirect: "manual",
    });
    const account = await stripe().accounts.retrieve(first.accountId);
    const event = signedEvent("account.updated", { id: account.id, object: "account" });
    await handleStripeWebhook(event.payload, event.header);
    expect(await db.vendorProfile.findUniqueOrThrow({ where: { userId: vendor.id } })).toMatchObject({
      payoutsEnabled: true,
      requirementsDue: [],
    });
  });
});

describe("payouts", () => {
  test("below the minimum nothing is paid and the balance carries over; above it, one transfer", async () => {
    const { vendor, departure } = await vendorWithDeparture({ price: 6_000 });
    const admin = await makeAdmin();
    await connectVendor(vendor);
    const small = await paidBooking(departure.id);
    await completeBooking(admin, small.booking.id);
    await expect(payVendorNow(admin, { vendorId: vendor.id })).rejects.toMatchObject({
      code: "below_minimum",
      details: { available: 4_800, minimum: 5_000 },
    });
    expect(await db.payout.count({ where: { vendorId: vendor.id } })).toBe(0);

    const more = await paidBooking(departure.id);
    await completeBooking(admin, more.booking.id);
    const payout = await payVendorNow(admin, { vendorId: vendor.id });
    expect(payout).toMatchObject({ status: "paid", amount: 9_600, currency: "usd", kind: "manual" });
    const transfer = await stripe().transfers.retrieve(payout.stripeTransferId!);
    const profile = await db.vendorProfile.findUniqueOrThrow({ where: { userId: vendor.id } });
    expect(transfer).toMatchObject({
      amount: 9_600,
      currency: "usd",
      destination: profile.stripeAccountId,
      metadata: { payoutId: payout.id },
    });
    const e = await getVendorEarnings(vendor, vendor.id);
    expect(e).toMatchObject({ available: 0, paidOut: 9_600, pending: 0 });
    expectInvariant(e);
    expect(await db.eventOutbox.count({ where: { eventId: `vendor/payout.paid:${payout.id}` } })).toBe(1);
    await expectReconciled(vendor.id);
  });

  test("a vendor who cannot receive payouts gets 409, and one reminder per period", async () => {
    const { vendor, departure } = await vendorWithDeparture({ price: 20_000 });
    const admin = await makeAdmin();
    const b = await paidBooking(departure.id);
    await completeBooking(admin, b.booking.id);
    await expect(payVendorNow(admin, { vendorId: vendor.id })).rejects.toMatchObject({ code: "payouts_not_enabled" });
    await expect(payVendorNow(vendor, { vendorId: vendor.id })).rejects.toMatchObject({ code: "forbidden" });
    const plan = await createPayouts({
      kind: "manual",
      periodStart: new Date(0),
      periodEnd: new Date(),
      vendorIds: [vendor.id],
    });
    expect(plan.created).toEqual([]);
    expect(plan.notEnabled).toEqual([expect.objectContaining({ vendorId: vendor.id, available: 16_000 })]);
    await remindToConnect(plan.notEnabled, "2026-11-22T23:59:59.999Z");
    await remindToConnect(plan.notEnabled, "2026-11-22T23:59:59.999Z");
    expect(await db.notification.count({ where: { userId: vendor.id, type: "payout_needs_connect" } })).toBe(1);
    await remindToConnect(plan.notEnabled, "2026-11-29T23:59:59.999Z");
    expect(await db.notification.count({ where: { userId: vendor.id, type: "payout_needs_connect" } })).toBe(2);
  });

  test("five concurrent payout requests make exactly one payout and one transfer", async () => {
    const { vendor, departure } = await vendorWithDeparture({ price: 25_000 });
    const admin = await makeAdmin();
    const accountId = await connectVendor(vendor);
    const b = await paidBooking(departure.id, 2);
    await completeBooking(admin, b.booking.id);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => payVendorNow(admin, { vendorId: vendor.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((x) => x.status === "rejected"))
      expect(r).toMatchObject({ reason: { code: "below_minimum" } });
    expect(await db.payout.count({ where: { vendorId: vendor.id } })).toBe(1);
    const transfers = await stripe().transfers.list({ destination: accountId, limit: 100 });
    expect(transfers.data.map((t) => t.amount)).toEqual([40_000]);
    await expectReconciled(vendor.id);
  });

  test("a transfer Stripe refuses fails the payout, gives the balance back, and the next run pays it", async () => {
    const { vendor, departure } = await vendorWithDeparture({ price: 10_000 });
    const admin = await makeAdmin();
    // a connected account that never finished onboarding, although Travellr still believes payouts are enabled
    const account = await stripe().accounts.create({ type: "express", country: "US" });
    await db.vendorProfile.update({
      where: { userId: vendor.id },
      data: { stripeAccountId: account.id, payoutsEnabled: true },
    });
    const b = await paidBooking(departure.id);
    await completeBooking(admin, b.booking.id);

    const failed = await payVendorNow(admin, { vendorId: vendor.id });
    expect(failed).toMatchObject({ status: "failed", amount: 8_000, stripeTransferId: null });
    expect(failed.failureMessage).toMatch(/capabilit/);
    expect(await getVendorEarnings(vendor, vendor.id)).toMatchObject({ available: 8_000, paidOut: 0 });
    expect(await db.eventOutbox.count({ where: { eventId: `vendor/payout.failed:${failed.id}` } })).toBe(1);
    await expectReconciled(vendor.id);

    // the vendor finishes onboarding; the balance is paid
    const link = await stripe().accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      return_url: "http://localhost/r",
      refresh_url: "http://localhost/f",
    });
    await fetch(link.url, {
      method: "POST",
      body: "business_name=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    const paid = await payVendorNow(admin, { vendorId: vendor.id });
    expect(paid).toMatchObject({ status: "paid", amount: 8_000 });
    expect(await getVendorEarnings(vendor, vendor.id)).toMatchObject({ available: 0, paidOut: 8_000 });
    await expectReconciled(vendor.id);
  });

  test("a crash between the payout row and the transfer is resumed without a second transfer", async () => {
    const { vendor, departure } = await vendorWithDeparture({ price: 30_000 });
    const admin = await makeAdmin();
    const accountId = await connectVendor(vendor);
    const b = await paidBooking(departure.id);
    await completeBooking(admin, b.booking.id);

    // the process dies right after committing the payout row and its ledger entries
    const plan = await createPayouts({
      kind: "manual",
      periodStart: new Date(0),
      periodEnd: new Date(),
      vendorIds: [vendor.id],
    });
    const [created] = plan.created;
    expect(created).toMatchObject({ vendorId: vendor.id, amount: 24_000 });
    expect(await stalePendingPayouts(0, 1000)).toContain(created.id);
    // ... and a second time right after Stripe made the transfer, before Travellr recorded it
    const first = await createPayoutTransfer(created, accountId);
    const [a, c] = await Promise.all([executePayout(created.id), executePayout(created.id)]);
    expect(a).toMatchObject({ status: "paid", stripeTransferId: first.id });
    expect(c.stripeTransferId).toBe(first.id);
    expect((await stripe().transfers.list({ destination: accountId, limit: 100 })).data).toHaveLength(1);
    // nothing is left to pay
    await expect(payVendorNow(admin, { vendorId: vendor.id })).rejects.toMatchObject({ code: "below_minimum" });
    await expectReconciled(vendor.id);
  });

  test("a scheduled run pays the period once; a refund after the payout is clawed back from the next one", async () => {
    const { vendor, departure } = await vendorWithDeparture({ price: 50_000 });
    const admin = await makeAdmin();
    await connectVendor(vendor);
    await db.vendorProfile.update({ where: { userId: vendor.id }, data: { payoutSchedule: "monthly" } });
    const first = await paidBooking(departure.id);
    const late = await paidBooking(departure.id);
    // completed in the middle of January 2026, and one on 1 February (outside that period: carried to the next)
    await completedAt(first.booking.id, new Date("2026-01-15T12:00:00Z"));
    await completedAt(late.booking.id, new Date("2026-02-01T00:00:00Z"));

    const [run1, run2] = await Promise.all([
      planScheduledPayouts("monthly", new Date("2026-02-01T02:00:00Z")),
      planScheduledPayouts("monthly", new Date("2026-02-01T02:00:00Z")),
    ]);
    const created = [...run1.created, ...run2.created].filter((p) => p.vendorId === vendor.id);
    expect(created).toEqual([expect.objectContaining({ amount: 40_000 })]);
    const payout = await executePayout(created[0].id);
    expect(payout).toMatchObject({
      status: "paid",
      periodStart: new Date("2026-01-01T00:00:00Z"),
      periodEnd: new Date("2026-01-31T23:59:59.999Z"),
      kind: "scheduled",
    });
    expect(await getVendorEarnings(vendor, vendor.id)).toMatchObject({ available: 40_000, paidOut: 40_000 });

    // the January booking is refunded in full after it was paid out: its vendor share is owed back
    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: first.booking.id } });
    await refundPayment(admin, payment.id);
    expect(await db.ledgerEntry.findFirst({ where: { bookingId: first.booking.id, kind: "clawback" } })).toMatchObject({
      account: "vendor_payable",
      amount: 40_000,
    });
    const owed = await getVendorEarnings(vendor, vendor.id);
    expect(owed).toMatchObject({ available: 0, paidOut: 40_000 });
    expectInvariant(owed);

    // refund the February booking in part as well, then the next run nets it all
    const latePayment = await db.payment.findFirstOrThrow({ where: { bookingId: late.booking.id } });
    await refundPayment(admin, latePayment.id, 10_000);
    const next = await paidBooking(departure.id);
    await completedAt(next.booking.id, new Date("2026-02-10T00:00:00Z"));
    const feb = await planScheduledPayouts("monthly", new Date("2026-03-01T02:00:00Z"));
    const mine = feb.created.find((p) => p.vendorId === vendor.id);
    // February: 40,000 + 40,000 − 8,000 (its partial refund) − 40,000 clawed back = 32,000
    expect(mine).toMatchObject({ amount: 32_000 });
    await executePayout(mine!.id);
    const after = await getVendorEarnings(vendor, vendor.id);
    expect(after).toMatchObject({ available: 0, paidOut: 72_000 });
    expectInvariant(after);
    await expectReconciled(vendor.id);

    // the statement of January lists the booking and the payout, February the refunds; totals to the cent
    const lines = await statementLines(vendor.id, new Date().toISOString().slice(0, 7));
    expect(lines.map((l) => l.type).sort()).toEqual([
      "booking",
      "booking",
      "booking",
      "clawback",
      "payout",
      "payout",
      "refund",
    ]);
    const { csv } = await getVendorStatement(vendor, vendor.id, new Date().toISOString().slice(0, 7));
    const total = csv.trim().split("\r\n").at(-1)!.split(",");
    expect(total.slice(1, 2)).toEqual(["total"]);
    // gross 150,000 − 60,000 refunded; commission 30,000 − 12,000; net 120,000 − 48,000; paid out 72,000
    expect(total.slice(5)).toEqual(["usd", "900.00", "180.00", "720.00", "720.00", "90000", "18000", "72000", "72000"]);
  });

  test("the 1099 flag is set once a year when paid payouts pass $20,000, and admins are told", async () => {
    const { vendor, departure } = await vendorWithDeparture({ price: 2_600_000 });
    const admin = await makeAdmin();
    await connectVendor(vendor);
    const b = await paidBooking(departure.id);
    await completeBooking(admin, b.booking.id);
    const payout = await payVendorNow(admin, { vendorId: vendor.id });
    expect(payout).toMatchObject({ status: "paid", amount: 2_080_000 });
    expect(await flagTaxFormIfDue(vendor.id, payout.paidAt!)).toMatchObject({ flagged: true, total: 2_080_000 });
    expect(await flagTaxFormIfDue(vendor.id, payout.paidAt!)).toMatchObject({ flagged: false, alreadyFlagged: true });
    expect(
      (await db.vendorProfile.findUniqueOrThrow({ where: { userId: vendor.id } })).taxFormFlaggedAt,
    ).not.toBeNull();
    expect(
      await db.notification.count({
        where: { userId: admin.id, type: "vendor_tax_form", dedupeKey: { contains: vendor.id } },
      }),
    ).toBe(1);
    await expectReconciled(vendor.id);
  });

  test("the monthly statement is emailed once with its CSV attached", async () => {
    const { vendor, departure, trip } = await vendorWithDeparture({ price: 10_000 });
    await db.trip.update({ where: { id: trip.id }, data: { title: '=HYPERLINK("x"), a "quoted" trip' } });
    await paidBooking(departure.id);
    const month = new Date().toISOString().slice(0, 7);
    const first = await sendMonthlyStatement(vendor.id, month);
    await sendMonthlyStatement(vendor.id, month);
    expect(first.sent).toBe(true);
    const mails = await db.emailOutbox.findMany({
      where: { userId: vendor.id, template: "notice", subject: { startsWith: "Your Travellr statement" } },
    });
    expect(mails).toHaveLength(1);
    const [attachment] = mails[0].attachments as { filename: string; contentType: string; content: string }[];
    expect(attachment).toMatchObject({
      contentType: "text/csv",
      filename: `travellr-statement-test-vendor-${month}.csv`,
    });
    expect(attachment.content).toContain(`"'=HYPERLINK(""x""), a ""quoted"" trip"`);
    expect(await sendMonthlyStatement(vendor.id, "2020-01")).toEqual({ sent: false });
  });
});
