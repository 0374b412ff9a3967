import "server-only";
import { Prisma, type PayoutSchedule } from "@prisma/client";
import type { Db, Tx } from "../db";

export { vendorEarnings } from "../ledger/vendor-earnings";

type Client = Db | Tx;

// What can be paid out up to a period's end, from `vendor_payable` alone (see ledger/vendor-earnings.ts): shares
// released (bookings settled) up to the end count; debits — refunds and clawbacks of settled bookings — and every
// transfer count whenever they happened, so a payout never pays money the vendor already owes back.
const PAYABLE_BY = (upTo: Date) => Prisma.sql`e."createdAt" <= ${upTo} OR e.amount > 0 OR e."payoutId" IS NOT NULL`;

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
export async function payableBalances(client: Client, options: PayableOptions) {
  const rows = await client.$queryRaw<
    (Omit<PayableBalance, "available"> & { available: bigint })[]
  >`${payableBalanceSql(options)}`;
  return rows.map((r): PayableBalance => ({ ...r, available: Number(r.available) }));
}

export interface PayableOptions {
  upTo: Date;
  schedule?: PayoutSchedule;
  vendorIds?: string[];
  currency?: string;
}

/** The grouped balance query: only balances above zero. */
function payableBalanceSql(options: PayableOptions) {
  // aggregate the ledger rows first and join the (far fewer) vendor profiles afterwards
  const ledgerFilters = [
    options.vendorIds ? Prisma.sql`e."vendorId" = ANY(${options.vendorIds}::text[])` : Prisma.sql`TRUE`,
    options.currency ? Prisma.sql`e.currency = ${options.currency}` : Prisma.sql`TRUE`,
  ];
  return Prisma.sql`
    SELECT b."vendorId", b.currency, b.available, v."payoutsEnabled", v."stripeAccountId"
    FROM (
      SELECT e."vendorId", e.currency, (-SUM(e.amount) FILTER (WHERE ${PAYABLE_BY(options.upTo)}))::bigint AS available
      FROM ledger_entries e
      WHERE e.account = 'vendor_payable' AND ${Prisma.join(ledgerFilters, " AND ")}
      GROUP BY e."vendorId", e.currency
    ) b JOIN vendor_profiles v ON v."userId" = b."vendorId"
    WHERE b.available > 0 ${options.schedule ? Prisma.sql`AND v."payoutSchedule" = ${options.schedule}::"PayoutSchedule"` : Prisma.empty}`;
}
