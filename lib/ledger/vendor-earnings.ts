// Vendor earnings, one grouped query over the ledger, never a loop over bookings (framework-free: the app and
// `npm run reconcile` share it). A booking's vendor share sits in `vendor_pending` while the booking is pending or
// confirmed; when it settles (completed — or cancelled, where what the policy kept is the vendor's at once) a
// `release` journal moves it to `vendor_payable`. Payouts post `transfer` entries on `vendor_payable` (reversed when a
// transfer fails), so available = settled − paid out, negative while a clawback is owed.
import { Prisma } from "@prisma/client";

interface RawQuery {
  $queryRaw<T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Prisma.PrismaPromise<T>;
}

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

export async function vendorEarnings(client: RawQuery, vendorId: string, currency?: string): Promise<VendorEarnings[]> {
  const rows = await client.$queryRaw<
    { currency: string; pending: bigint; settled: bigint; paidOut: bigint; gross: bigint; commission: bigint }[]
  >`
    SELECT e.currency,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'vendor_pending'), 0)::bigint AS pending,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'vendor_payable' AND e."payoutId" IS NULL), 0)::bigint AS settled,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'vendor_payable' AND e."payoutId" IS NOT NULL), 0)::bigint AS "paidOut",
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cash'), 0)::bigint AS gross,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'platform_revenue'), 0)::bigint AS commission
    FROM ledger_entries e
    WHERE e."vendorId" = ${vendorId} ${currency ? Prisma.sql`AND e.currency = ${currency}` : Prisma.empty}
    GROUP BY e.currency ORDER BY e.currency`;
  const list = rows.map((r) => {
    const pending = Number(r.pending);
    const paidOut = Number(r.paidOut);
    const available = Number(r.settled) - paidOut;
    return {
      currency: r.currency,
      pending,
      available,
      paidOut,
      balance: pending + available,
      lifetimeGross: Number(r.gross),
      lifetimeCommission: Number(r.commission),
    };
  });
  if (currency && list.length === 0)
    return [{ currency, pending: 0, available: 0, paidOut: 0, balance: 0, lifetimeGross: 0, lifetimeCommission: 0 }];
  return list;
}
