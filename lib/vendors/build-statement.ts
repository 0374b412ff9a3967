import "server-only";
import { db } from "../db";
import { monthRange } from "../payouts/rules";
import { type StatementLine, statementCsv } from "./statement-csv";

/**
 * Every money movement of a vendor in one month (UTC), one line per ledger journal, oldest first. Releases (a share
 * moving from pending to available when a booking settles) move no money and are left out.
 */
export async function statementLines(vendorId: string, month: string): Promise<StatementLine[]> {
  const { start, end } = monthRange(month);
  const rows = await db.$queryRaw<
    {
      journalKey: string;
      at: Date;
      kinds: string[];
      bookingId: string | null;
      payoutId: string | null;
      currency: string;
      title: string | null;
      gross: bigint;
      commission: bigint;
      net: bigint;
      payout: bigint;
    }[]
  >`
    SELECT e."journalKey", min(e."createdAt") AS at, array_agg(DISTINCT e.kind::text) AS kinds, min(e."bookingId") AS "bookingId", min(e."payoutId") AS "payoutId",
      e.currency, min(t.title) AS title,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cash'), 0)::bigint AS gross,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'platform_revenue'), 0)::bigint AS commission,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account IN ('vendor_pending', 'vendor_payable') AND e."payoutId" IS NULL), 0)::bigint AS net,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'vendor_payable' AND e."payoutId" IS NOT NULL), 0)::bigint AS payout
    FROM ledger_entries e LEFT JOIN bookings b ON b.id = e."bookingId" LEFT JOIN trips t ON t.id = b."tripId"
    WHERE e."vendorId" = ${vendorId} AND e."createdAt" >= ${start} AND e."createdAt" < ${end} AND e.kind <> 'release'
    GROUP BY e."journalKey", e.currency ORDER BY at, e."journalKey"`;
  return rows.map((r) => ({
    at: r.at,
    type: r.kinds.includes("charge")
      ? "booking"
      : r.kinds.includes("clawback")
        ? "clawback"
        : r.kinds.includes("refund")
          ? "refund"
          : r.kinds.includes("transfer_reversal")
            ? "payout_reversal"
            : "payout",
    bookingId: r.bookingId,
    tripTitle: r.title,
    payoutId: r.payoutId,
    currency: r.currency,
    gross: Number(r.gross),
    commission: Number(r.commission),
    net: Number(r.net),
    payout: Number(r.payout),
  }));
}

/** A vendor's statement of `month`: its lines, the CSV and a file name. */
export async function buildStatement(vendor: { userId: string; displayName: string }, month: string) {
  const lines = await statementLines(vendor.userId, month);
  const slug =
    vendor.displayName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "vendor";
  return { csv: statementCsv(lines), filename: `travellr-statement-${slug}-${month}.csv`, lines };
}
