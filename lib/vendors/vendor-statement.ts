import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { csvRow } from "../csv";
import { minorToDecimal } from "../money/decimal";
import { monthRange } from "../payouts/rules";
import { loadVendorFor } from "./vendor-access";

export interface StatementLine {
  at: Date;
  type: "booking" | "refund" | "clawback" | "payout" | "payout_reversal";
  bookingId: string | null;
  tripTitle: string | null;
  payoutId: string | null;
  currency: string;
  /** money taken from (+) or given back to (−) travellers */
  gross: number;
  /** the platform's commission (negative when a refund reverses it) */
  commission: number;
  /** the vendor's share (gross − commission) */
  net: number;
  /** money sent to the vendor (negative when a failed transfer is reversed) */
  payout: number;
}

export interface StatementTotals {
  gross: number;
  commission: number;
  net: number;
  payout: number;
}

/**
 * Every money movement of a vendor in one month (UTC), one line per ledger journal, oldest first. Releases (a share
 * moving from pending to available when a booking settles) move no money and are left out.
 */
export async function statementLines(vendorId: string, month: string): Promise<StatementLine[]> {
  const { start, end } = monthRange(month);
  const rows = await db.$queryRaw<{ journalKey: string; at: Date; kinds: string[]; bookingId: string | null; payoutId: string | null; currency: string; title: string | null; gross: bigint; commission: bigint; net: bigint; payout: bigint }[]>`
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

export function statementTotals(lines: StatementLine[]): Map<string, StatementTotals> {
  const totals = new Map<string, StatementTotals>();
  for (const l of lines) {
    const t = totals.get(l.currency) ?? { gross: 0, commission: 0, net: 0, payout: 0 };
    t.gross += l.gross;
    t.commission += l.commission;
    t.net += l.net;
    t.payout += l.payout;
    totals.set(l.currency, t);
  }
  return totals;
}

const HEADER = ["date", "type", "booking_id", "trip", "payout_id", "currency", "gross", "commission", "net", "payout", "gross_cents", "commission_cents", "net_cents", "payout_cents"];

/** The month's statement as CSV (RFC 4180, CRLF): one line per movement and a total per currency. */
export function statementCsv(lines: StatementLine[]): string {
  const amounts = (c: string, a: StatementTotals) => [
    minorToDecimal(a.gross, c), minorToDecimal(a.commission, c), minorToDecimal(a.net, c), minorToDecimal(a.payout, c),
    a.gross, a.commission, a.net, a.payout,
  ];
  let out = csvRow(HEADER);
  for (const l of lines) out += csvRow([l.at.toISOString(), l.type, l.bookingId, l.tripTitle, l.payoutId, l.currency, ...amounts(l.currency, l)]);
  for (const [currency, t] of statementTotals(lines)) out += csvRow(["", "total", "", "", "", currency, ...amounts(currency, t)]);
  return out;
}

/** A vendor's statement of `month`: its lines, the CSV and a file name. */
export async function buildStatement(vendor: { userId: string; displayName: string }, month: string) {
  const lines = await statementLines(vendor.userId, month);
  const slug = vendor.displayName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "vendor";
  return { csv: statementCsv(lines), filename: `travellr-statement-${slug}-${month}.csv`, lines };
}

/** The statement of `month` for that vendor or an admin. */
export async function getVendorStatement(actor: Actor, vendorId: string, month: string) {
  const { profile } = await loadVendorFor(actor, vendorId);
  return buildStatement(profile, month);
}
