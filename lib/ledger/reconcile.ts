// Checks the money records against each other and against Stripe: every journal balances; per booking and
// per vendor, charges − refunds = vendor share + platform share; a settled booking's share is released and an
// unsettled one's is not; the ledger matches the payments and refunds tables; each payment matches its PaymentIntent
// and charge at Stripe (the local stand-in or the real one); payouts match their ledger transfers and Stripe's; and the
// admin analytics counters match the ledger and the bookings.
// Framework-free so `npm run reconcile` and the tests run it alike.
import type { PrismaClient } from "@prisma/client";
import type Stripe from "stripe";
import { stripePaymentTotals, stripeTransferNet } from "../payments/stripe-money";
import { vendorEarnings } from "./vendor-earnings";

interface Difference {
  scope: string;
  id: string;
  problem: string;
}

export interface ReconcileReport {
  bookings: number;
  payments: number;
  vendors: {
    vendorId: string;
    charges: number;
    refunds: number;
    vendorShare: number;
    platformShare: number;
    balance: number;
  }[];
  differences: Difference[];
}

type Sums = {
  charges: number;
  refunds: number;
  vendorShare: number;
  platformShare: number;
  held: number;
  released: number;
};
const empty = (): Sums => ({ charges: 0, refunds: 0, vendorShare: 0, platformShare: 0, held: 0, released: 0 });

export async function reconcile(
  db: PrismaClient,
  stripe: Stripe | null,
  options: { bookingIds?: string[]; vendorIds?: string[] } = {},
): Promise<ReconcileReport> {
  const differences: Difference[] = [];
  // scoped to some vendors: their bookings only, so work in flight elsewhere (another test, a live app) is not judged
  const bookingIds =
    options.bookingIds ??
    (options.vendorIds
      ? (
          await db.booking.findMany({ where: { trip: { vendorId: { in: options.vendorIds } } }, select: { id: true } })
        ).map((b) => b.id)
      : undefined);
  const bookingFilter = bookingIds ? { bookingId: { in: bookingIds } } : {};

  const unbalanced = await db.ledgerEntry.groupBy({
    by: ["journalId", "journalKey"],
    where: bookingFilter,
    _sum: { amount: true },
    having: { amount: { _sum: { not: 0 } } },
  });
  for (const j of unbalanced)
    differences.push({ scope: "journal", id: j.journalKey, problem: `does not balance: sum ${j._sum.amount}` });

  const entries = await db.ledgerEntry.findMany({
    where: { ...bookingFilter, payoutId: null },
    select: {
      bookingId: true,
      vendorId: true,
      paymentId: true,
      refundId: true,
      account: true,
      kind: true,
      amount: true,
    },
  });
  const perBooking = new Map<string, Sums>();
  const perVendor = new Map<string, Sums>();
  const chargedByPayment = new Map<string, number>();
  const refundedByPayment = new Map<string, number>();
  for (const e of entries) {
    for (const [map, key] of [
      [perBooking, e.bookingId],
      [perVendor, e.vendorId],
    ] as const) {
      if (!key) continue;
      const s = map.get(key) ?? empty();
      if (e.account === "cash" && e.kind === "charge") s.charges += e.amount;
      if (e.account === "cash" && e.kind === "refund") s.refunds += -e.amount;
      if (e.account === "vendor_payable" || e.account === "vendor_pending") s.vendorShare += -e.amount;
      if (e.account === "vendor_pending") s.held += -e.amount;
      if (e.account === "vendor_payable") s.released += -e.amount;
      if (e.account === "platform_revenue") s.platformShare += -e.amount;
      map.set(key, s);
    }
    if (e.account === "cash" && e.kind === "charge" && e.paymentId)
      chargedByPayment.set(e.paymentId, (chargedByPayment.get(e.paymentId) ?? 0) + e.amount);
    if (e.account === "cash" && e.kind === "refund" && e.paymentId)
      refundedByPayment.set(e.paymentId, (refundedByPayment.get(e.paymentId) ?? 0) - e.amount);
  }
  for (const [id, s] of perBooking) {
    if (s.charges - s.refunds !== s.vendorShare + s.platformShare)
      differences.push({
        scope: "booking",
        id,
        problem: `charges ${s.charges} − refunds ${s.refunds} ≠ vendor ${s.vendorShare} + platform ${s.platformShare}`,
      });
    if (s.refunds > s.charges)
      differences.push({ scope: "booking", id, problem: `refunds ${s.refunds} exceed charges ${s.charges}` });
  }
  // a settled booking's share is all released (nothing left pending); an unsettled one has released nothing
  const statuses = await db.booking.findMany({
    where: { id: { in: [...perBooking.keys()] } },
    select: { id: true, status: true },
  });
  for (const { id, status } of statuses) {
    const s = perBooking.get(id)!;
    const settled = status !== "pending" && status !== "confirmed";
    if (settled ? s.held !== 0 : s.released !== 0)
      differences.push({
        scope: "booking",
        id,
        problem: `${status} booking has ${s.held} pending and ${s.released} released vendor share`,
      });
  }
  for (const [id, s] of perVendor) {
    if (s.charges - s.refunds !== s.vendorShare + s.platformShare)
      differences.push({ scope: "vendor", id, problem: "charges − refunds ≠ vendor share + platform share" });
  }

  const payments = await db.payment.findMany({
    where: bookingIds ? { bookingId: { in: bookingIds } } : {},
    include: { refunds: true },
  });
  for (const p of payments) {
    const captured = ["succeeded", "refunded", "partially_refunded"].includes(p.status);
    const ledgerCharge = chargedByPayment.get(p.id) ?? 0;
    if (ledgerCharge !== (captured ? p.amount : 0))
      differences.push({
        scope: "payment",
        id: p.id,
        problem: `ledger charge ${ledgerCharge}, payment is ${p.status} for ${p.amount}`,
      });
    const succeededRefunds = p.refunds.filter((r) => r.status === "succeeded").reduce((s, r) => s + r.amount, 0);
    const ledgerRefunds = refundedByPayment.get(p.id) ?? 0;
    if (succeededRefunds !== p.refundedAmount || ledgerRefunds !== p.refundedAmount) {
      differences.push({
        scope: "payment",
        id: p.id,
        problem: `refunded: payment says ${p.refundedAmount}, refunds ${succeededRefunds}, ledger ${ledgerRefunds}`,
      });
    }
    if (p.refundedAmount > p.amount)
      differences.push({
        scope: "payment",
        id: p.id,
        problem: `refunded ${p.refundedAmount} more than paid ${p.amount}`,
      });
    // refunds not failed (pending ones included) are what the database caps at the amount, via refundReserved
    const reserved = p.refunds.filter((r) => r.status !== "failed").reduce((s, r) => s + r.amount, 0);
    if (reserved !== p.refundReserved || reserved > p.amount) {
      differences.push({
        scope: "payment",
        id: p.id,
        problem: `refunds not failed total ${reserved}, payment reserves ${p.refundReserved}, paid ${p.amount}`,
      });
    }
    if (!stripe || !p.stripePaymentIntentId) continue;
    const atStripe = await stripePaymentTotals(stripe, p.stripePaymentIntentId);
    if (atStripe.captured !== ledgerCharge)
      differences.push({
        scope: "stripe",
        id: p.id,
        problem: `Stripe captured ${atStripe.captured} (${atStripe.status}), ledger ${ledgerCharge}`,
      });
    if (atStripe.refunded !== ledgerRefunds)
      differences.push({
        scope: "stripe",
        id: p.id,
        problem: `Stripe refunded ${atStripe.refunded}, ledger ${ledgerRefunds}`,
      });
  }

  if (!options.bookingIds || options.vendorIds)
    differences.push(...(await reconcilePayouts(db, stripe, options.vendorIds)));
  if (!options.bookingIds && !options.vendorIds) differences.push(...(await reconcileAnalytics(db)));

  return {
    bookings: perBooking.size,
    payments: payments.length,
    vendors: [...perVendor].map(([vendorId, s]) => ({
      vendorId,
      charges: s.charges,
      refunds: s.refunds,
      vendorShare: s.vendorShare,
      platformShare: s.platformShare,
      balance: s.vendorShare,
    })),
    differences,
  };
}

/**
 * Payouts: each one's ledger transfer entries match its status (in flight or paid: its amount; failed: reversed to
 * zero) and, once paid, the Stripe transfer to the cent; and per vendor and currency the earnings add up:
 * pending + available + paidOut = lifetimeGross − lifetimeCommission.
 */
async function reconcilePayouts(db: PrismaClient, stripe: Stripe | null, vendorIds?: string[]): Promise<Difference[]> {
  const differences: Difference[] = [];
  const vendorFilter = vendorIds ? { vendorId: { in: vendorIds } } : {};
  const payouts = await db.payout.findMany({ where: vendorFilter });
  const sums = await db.ledgerEntry.groupBy({
    by: ["payoutId"],
    where: { ...vendorFilter, account: "vendor_payable", payoutId: { not: null } },
    _sum: { amount: true },
  });
  const transferred = new Map(sums.map((s) => [s.payoutId, s._sum.amount ?? 0]));
  for (const p of payouts) {
    const ledger = transferred.get(p.id) ?? 0;
    const expected = p.status === "failed" ? 0 : p.amount;
    if (ledger !== expected)
      differences.push({
        scope: "payout",
        id: p.id,
        problem: `ledger transfers ${ledger}, payout is ${p.status} for ${p.amount}`,
      });
    if (p.status === "paid" && !p.stripeTransferId)
      differences.push({ scope: "payout", id: p.id, problem: "paid without a Stripe transfer" });
    if (!stripe || !p.stripeTransferId) continue;
    const transfer = await stripeTransferNet(stripe, p.stripeTransferId);
    if (transfer.net !== ledger || transfer.currency !== p.currency)
      differences.push({
        scope: "stripe",
        id: p.id,
        problem: `Stripe transfer ${transfer.id} is ${transfer.net} ${transfer.currency}, ledger ${ledger} ${p.currency}`,
      });
  }
  const vendors = await db.ledgerEntry.findMany({
    where: { vendorId: vendorIds ? { in: vendorIds } : { not: null } },
    distinct: ["vendorId"],
    select: { vendorId: true },
  });
  for (const { vendorId } of vendors) {
    if (!vendorId) continue;
    for (const e of await vendorEarnings(db, vendorId)) {
      if (e.pending + e.available + e.paidOut !== e.lifetimeGross - e.lifetimeCommission) {
        differences.push({
          scope: "earnings",
          id: `${vendorId}/${e.currency}`,
          problem: `pending ${e.pending} + available ${e.available} + paid out ${e.paidOut} ≠ gross ${e.lifetimeGross} − commission ${e.lifetimeCommission}`,
        });
      }
    }
  }
  return differences;
}

/** The admin analytics counters (kept by triggers) against the ledger and the bookings they count, per day. */
async function reconcileAnalytics(db: PrismaClient): Promise<Difference[]> {
  const money = await db.$queryRaw<{ day: string; currency: string }[]>`
    WITH raw AS (
      SELECT (e."createdAt" AT TIME ZONE 'UTC')::date AS day, e.currency,
        COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cash' AND e.kind = 'charge'), 0) AS gmv,
        COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'cash' AND e.kind = 'refund'), 0) AS refunds,
        COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'platform_revenue'), 0) AS revenue
      FROM ledger_entries e WHERE e.account IN ('cash', 'platform_revenue') AND e."bookingId" IS NOT NULL GROUP BY 1, 2
    ), counted AS (SELECT day, currency, SUM(gmv) AS gmv, SUM(refunds) AS refunds, SUM(revenue) AS revenue FROM analytics_daily_money GROUP BY 1, 2)
    SELECT to_char(COALESCE(r.day, c.day), 'YYYY-MM-DD') AS day, COALESCE(r.currency, c.currency) AS currency
    FROM raw r FULL JOIN counted c ON c.day = r.day AND c.currency = r.currency
    WHERE COALESCE(r.gmv, 0) <> COALESCE(c.gmv, 0) OR COALESCE(r.refunds, 0) <> COALESCE(c.refunds, 0) OR COALESCE(r.revenue, 0) <> COALESCE(c.revenue, 0)`;
  const bookings = await db.$queryRaw<{ day: string; currency: string; kind: string }[]>`
    WITH raw AS (
      SELECT ("createdAt" AT TIME ZONE 'UTC')::date AS day, currency, status::text AS kind, COUNT(*) AS n FROM bookings GROUP BY 1, 2, 3
      UNION ALL
      SELECT ("createdAt" AT TIME ZONE 'UTC')::date, currency, 'confirmed_ever', COUNT(*) FROM bookings WHERE "confirmedAt" IS NOT NULL GROUP BY 1, 2
    ), counted AS (SELECT day, currency, kind, SUM(n) AS n FROM analytics_daily_bookings GROUP BY 1, 2, 3)
    SELECT to_char(COALESCE(r.day, c.day), 'YYYY-MM-DD') AS day, COALESCE(r.currency, c.currency) AS currency, COALESCE(r.kind, c.kind) AS kind
    FROM raw r FULL JOIN counted c ON c.day = r.day AND c.currency = r.currency AND c.kind = r.kind
    WHERE COALESCE(r.n, 0) <> COALESCE(c.n, 0)`;
  return [
    ...money.map((m) => ({
      scope: "analytics",
      id: `${m.day}/${m.currency}`,
      problem: "daily money counters differ from the ledger",
    })),
    ...bookings.map((b) => ({
      scope: "analytics",
      id: `${b.day}/${b.currency}/${b.kind}`,
      problem: "daily booking counters differ from the bookings",
    })),
  ];
}
