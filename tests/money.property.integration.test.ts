// Property-based: random sequences of book / pay / cancel / partial refund / duplicate webhook / concurrent cancel /
// complete / payout (so refunds land before and after payouts: clawbacks), against the real database and the local
// Stripe stand-in. After every step the ledger reconciles to the cent (also with Stripe, payouts and transfers
// included, and the earnings invariant), no refund exceeds its payment, and seats taken match the live bookings
// without exceeding capacity.
import fc from "fast-check";
import { afterAll, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { payVendorNow } from "@/lib/payouts/pay-vendor-now";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { reconcile } from "@/lib/ledger/reconcile";
import { refundPayment } from "@/lib/payments/refund-payment";
import { stripe } from "@/lib/payments/stripe";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { scriptClient } from "@/local/script-db";
import { makeTravellers } from "./support/catalogue";
import { connectVendor, vendorWithDeparture } from "./support/payouts";
import { signedEvent } from "./support/stripe-events";

const reconcileDb = scriptClient(process.env.DATABASE_URL!);
afterAll(() => reconcileDb.$disconnect());

type Op =
  | { kind: "book"; seats: number }
  | { kind: "pay"; pick: number }
  | { kind: "cancel"; pick: number }
  | { kind: "refund"; pick: number; fraction: number }
  | { kind: "duplicate-webhook"; pick: number }
  | { kind: "concurrent-cancel"; pick: number }
  | { kind: "complete"; pick: number }
  | { kind: "payout" };

// booking and paying are weighted up so that most sequences reach refunds and cancellations of paid bookings
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("book" as const), seats: fc.integer({ min: 1, max: 3 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("pay" as const), pick: fc.nat() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant("refund" as const),
      pick: fc.nat(),
      fraction: fc.double({ min: 0.01, max: 1, noNaN: true }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("duplicate-webhook" as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("concurrent-cancel" as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("complete" as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("payout" as const) }), weight: 2 },
);

const swallowExpected = (e: unknown) => {
  const code = (e as { code?: string }).code;
  if (!["invalid_state", "sold_out", "validation_failed", "below_minimum"].includes(code ?? "")) throw e;
};

test("money and seats stay consistent under random operations", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(opArb, { minLength: 6, maxLength: 14 }),
      fc.constantFrom("flexible", "moderate", "strict"),
      fc.integer({ min: 1, max: 40 }),
      async (ops, policy, days) => {
        const { departure, trip, vendor } = await vendorWithDeparture({
          capacity: 6,
          price: 7_777,
          startsInDays: days,
        });
        await connectVendor(vendor);
        await db.trip.update({ where: { id: trip.id }, data: { cancellationPolicy: policy } });
        const travellers = await makeTravellers(4);
        const admin: Actor = { ...travellers[3], role: "admin" };
        await db.user.update({ where: { id: admin.id }, data: { role: "admin" } });
        const bookings: { id: string; owner: Actor; intent: string; eventId?: string }[] = [];
        const pick = (n: number) => (bookings.length ? bookings[n % bookings.length] : undefined);

        for (const [step, op] of ops.entries()) {
          const b = "pick" in op ? pick(op.pick) : undefined;
          if (op.kind === "book") {
            const owner = travellers[step % 3];
            await createBooking(owner, { departureId: departure.id, seats: op.seats })
              .then(({ booking, payment }) =>
                bookings.push({ id: booking.id, owner, intent: payment.stripePaymentIntentId! }),
              )
              .catch(swallowExpected);
          } else if (op.kind === "pay" && b) {
            const intent = await stripe()
              .paymentIntents.confirm(b.intent, { payment_method: "pm_card_visa" })
              .catch(() => null);
            if (intent?.status === "succeeded") {
              b.eventId = `evt_prop_${b.id}`;
              const e = signedEvent("payment_intent.succeeded", intent, b.eventId);
              await handleStripeWebhook(e.payload, e.header);
            }
          } else if (op.kind === "cancel" && b) {
            await cancelBooking(b.owner, b.id).catch(swallowExpected);
          } else if (op.kind === "concurrent-cancel" && b) {
            await Promise.all([
              cancelBooking(b.owner, b.id).catch(swallowExpected),
              cancelBooking(admin, b.id).catch(swallowExpected),
            ]);
          } else if (op.kind === "refund" && b) {
            const payment = await db.payment.findFirst({
              where: { bookingId: b.id, status: { in: ["succeeded", "partially_refunded"] } },
            });
            if (payment)
              await refundPayment(
                admin,
                payment.id,
                Math.max(1, Math.floor((payment.amount - payment.refundedAmount) * op.fraction)),
              ).catch(swallowExpected);
          } else if (op.kind === "complete" && b) {
            await completeBooking(admin, b.id).catch(swallowExpected);
          } else if (op.kind === "payout") {
            await payVendorNow(admin, { vendorId: vendor.id }).catch(swallowExpected);
          } else if (op.kind === "duplicate-webhook" && b?.eventId) {
            const intent = await stripe().paymentIntents.retrieve(b.intent);
            const e = signedEvent("payment_intent.succeeded", intent, b.eventId);
            expect(await handleStripeWebhook(e.payload, e.header)).toMatchObject({ duplicate: true });
          }

          // invariants after every step
          const ids = bookings.map((x) => x.id);
          const report = await reconcile(reconcileDb, stripe(), { bookingIds: ids, vendorIds: [vendor.id] });
          expect(report.differences, `after step ${step} (${op.kind})`).toEqual([]);
          const payments = await db.payment.findMany({ where: { bookingId: { in: ids } }, include: { refunds: true } });
          for (const p of payments) {
            expect(p.refundedAmount).toBeLessThanOrEqual(p.amount);
            expect(
              p.refunds.filter((r) => r.status !== "failed").reduce((s, r) => s + r.amount, 0),
            ).toBeLessThanOrEqual(p.amount);
          }
          const live = await db.booking.aggregate({
            where: { departureId: departure.id, status: { in: ["pending", "confirmed", "completed"] } },
            _sum: { seats: true },
          });
          const dep = await db.departure.findUniqueOrThrow({ where: { id: departure.id } });
          expect(dep.seatsTaken).toBe(live._sum.seats ?? 0);
          expect(dep.seatsTaken).toBeLessThanOrEqual(dep.capacity);
        }
      },
    ),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 15), endOnFailure: true },
  );
}, 120_000);
