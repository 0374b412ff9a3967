import "server-only";
import { Prisma, type PayoutSchedule } from "@prisma/client";
import type { Db, Tx } from "../db";

export { type VendorEarnings, vendorEarnings } from "../ledger/vendor-earnings";

type Client = Db | Tx;

// Payable balances, set-based from the ledger (see ledger/vendor-earnings.ts for pending vs settled).
const settledBy = (upTo: Date) =>
  Prisma.sql`e."payoutId" IS NULL AND b.status IN ('completed', 'cancelled', 'expired') AND COALESCE(b."completedAt", b."cancelledAt", b."expiredAt", b."updatedAt") <= ${upTo}`;

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
