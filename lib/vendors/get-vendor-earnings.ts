import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { vendorEarnings } from "../payouts/balances";
import { loadVendorFor } from "./access";

/** Earnings in one currency, for that vendor or an admin. */
export async function getVendorEarnings(actor: Actor, vendorId: string, currency = "usd") {
  await loadVendorFor(actor, vendorId);
  const [earnings] = await vendorEarnings(db, vendorId, currency);
  return earnings;
}

export interface MonthPoint {
  month: string;
  gross: number;
  net: number;
}

/**
 * The last 12 months (UTC) of gross takings (captured − refunded) and the vendor's net share, by the month the money
 * moved; months without movement are zero.
 */
export async function vendorMonthlySeries(vendorId: string, currency: string, now = new Date()): Promise<MonthPoint[]> {
  const rows = await db.$queryRaw<{ month: string; gross: bigint; net: bigint }[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', ${now}::timestamptz AT TIME ZONE 'UTC') - interval '11 months', date_trunc('month', ${now}::timestamptz AT TIME ZONE 'UTC'), interval '1 month') AS m
    )
    SELECT to_char(months.m, 'YYYY-MM') AS month,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cash'), 0)::bigint AS gross,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account IN ('vendor_pending', 'vendor_payable') AND e."payoutId" IS NULL AND e.kind <> 'release'), 0)::bigint AS net
    FROM months LEFT JOIN ledger_entries e
      ON e."vendorId" = ${vendorId} AND e.currency = ${currency}
      AND e."createdAt" >= months.m AT TIME ZONE 'UTC' AND e."createdAt" < (months.m + interval '1 month') AT TIME ZONE 'UTC'
    GROUP BY months.m ORDER BY months.m`;
  return rows.map((r) => ({ month: r.month, gross: Number(r.gross), net: Number(r.net) }));
}

/** The currencies a vendor has earned in (usd when none yet). */
export async function vendorCurrencies(vendorId: string) {
  const rows = await db.ledgerEntry.findMany({
    where: { vendorId },
    distinct: ["currency"],
    select: { currency: true },
  });
  return rows.length ? rows.map((r) => r.currency).sort() : ["usd"];
}
