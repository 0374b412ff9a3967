import "server-only";
import { Prisma, type PayoutSchedule } from "@prisma/client";
import type { Db, Tx } from "../db";

// Balances are computed set-based from the ledger, never by looping over bookings. A booking's vendor share sits in
// `vendor_payable`; it is *pending* while the booking is pending or confirmed and *settled* once the booking is
// completed — or cancelled/expired, where what the refund policy kept is the vendor's at once. Payouts post
// `transfer` entries on `vendor_payable` (and reverse them when a transfer fails).
const PENDING = Prisma.sql`e."payoutId" IS NULL AND b.status IN ('pending', 'confirmed')`;
const settledBy = (upTo: Date | null) =>
  upTo
    ? Prisma.sql`e."payoutId" IS NULL AND b.status IN ('completed', 'cancelled', 'expired') AND COALESCE(b."completedAt", b."cancelledAt", b."expiredAt", b."updatedAt") <= ${upTo}`
    : Prisma.sql`e."payoutId" IS NULL AND b.status IN ('completed', 'cancelled', 'expired')`;

export interface VendorEarnings {
  currency: string;
  /** vendor share (net of refunds) of confirmed bookings */
  pending: number;
  /** vendor share (net of refunds) of settled bookings − paidOut; negative while a clawback is owed */
  available: number;
  /** transfers made or in flight, net of failed ones */
  paidOut: number;
  balance: number;
  /** captured − refunded on the vendor's bookings */
  lifetimeGross: number;
  /** platform share net of reversals */
  lifetimeCommission: number;
}

type Client = Db | Tx;

/** One vendor's earnings per currency (all currencies, or one). */
export async function vendorEarnings(client: Client, vendorId: string, currency?: string): Promise<VendorEarnings[]> {
  const rows = await client.$queryRaw<{ currency: string; pending: bigint; settled: bigint; paidOut: bigint; gross: bigint; commission: bigint }[]>`
    SELECT e.currency,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'vendor_payable' AND ${PENDING}), 0)::bigint AS pending,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'vendor_payable' AND ${settledBy(null)}), 0)::bigint AS settled,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'vendor_payable' AND e."payoutId" IS NOT NULL), 0)::bigint AS "paidOut",
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cash'), 0)::bigint AS gross,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'platform_revenue'), 0)::bigint AS commission
    FROM ledger_entries e LEFT JOIN bookings b ON b.id = e."bookingId"
    WHERE e."vendorId" = ${vendorId} ${currency ? Prisma.sql`AND e.currency = ${currency}` : Prisma.empty}
    GROUP BY e.currency ORDER BY e.currency`;
  const list = rows.map((r) => {
    const pending = Number(r.pending);
    const paidOut = Number(r.paidOut);
    const available = Number(r.settled) - paidOut;
    return { currency: r.currency, pending, available, paidOut, balance: pending + available, lifetimeGross: Number(r.gross), lifetimeCommission: Number(r.commission) };
  });
  if (currency && list.length === 0) return [{ currency, pending: 0, available: 0, paidOut: 0, balance: 0, lifetimeGross: 0, lifetimeCommission: 0 }];
  return list;
}

export interface PayableBalance {
  vendorId: string;
  currency: string;
  /** settled up to the period end − everything paid out so far */
  available: number;
  payoutsEnabled: boolean;
  stripeAccountId: string | null;
}

/**
 * What each vendor could be paid for earnings settled up to `upTo`: one grouped query over the `vendor_payable`
 * ledger rows of the vendors selected (a payout schedule, or a list of vendors), only balances above zero.
 */
export async function payableBalances(client: Client, options: { upTo: Date; schedule?: PayoutSchedule; vendorIds?: string[]; currency?: string }) {
  const filters = [
    options.schedule ? Prisma.sql`v."payoutSchedule" = ${options.schedule}::"PayoutSchedule"` : Prisma.sql`TRUE`,
    options.vendorIds ? Prisma.sql`e."vendorId" = ANY(${options.vendorIds}::text[])` : Prisma.sql`TRUE`,
    options.currency ? Prisma.sql`e.currency = ${options.currency}` : Prisma.sql`TRUE`,
  ];
  const rows = await client.$queryRaw<{ vendorId: string; currency: string; available: bigint; payoutsEnabled: boolean; stripeAccountId: string | null }[]>`
    SELECT e."vendorId", e.currency,
      (COALESCE(SUM(-e.amount) FILTER (WHERE ${settledBy(options.upTo)}), 0) - COALESCE(SUM(e.amount) FILTER (WHERE e."payoutId" IS NOT NULL), 0))::bigint AS available,
      bool_or(v."payoutsEnabled") AS "payoutsEnabled", max(v."stripeAccountId") AS "stripeAccountId"
    FROM ledger_entries e
    JOIN vendor_profiles v ON v."userId" = e."vendorId"
    LEFT JOIN bookings b ON b.id = e."bookingId"
    WHERE e.account = 'vendor_payable' AND ${Prisma.join(filters, " AND ")}
    GROUP BY e."vendorId", e.currency
    HAVING COALESCE(SUM(-e.amount) FILTER (WHERE ${settledBy(options.upTo)}), 0) - COALESCE(SUM(e.amount) FILTER (WHERE e."payoutId" IS NOT NULL), 0) > 0`;
  return rows.map((r): PayableBalance => ({ ...r, available: Number(r.available) }));
}
