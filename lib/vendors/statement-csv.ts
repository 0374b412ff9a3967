// A vendor statement as data and as CSV: pure, so the monthly email, the download and the tests share one format.
import { csvRow } from "../csv";
import { minorToDecimal } from "../money/decimal";

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

/** Sums per currency: the CSV's total lines and the monthly email's summary. */
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

const HEADER = [
  "date",
  "type",
  "booking_id",
  "trip",
  "payout_id",
  "currency",
  "gross",
  "commission",
  "net",
  "payout",
  "gross_cents",
  "commission_cents",
  "net_cents",
  "payout_cents",
];

/** The month's statement as CSV (RFC 4180, CRLF): one line per movement and a total per currency. */
export function statementCsv(lines: StatementLine[]): string {
  const amounts = (c: string, a: StatementTotals) => [
    minorToDecimal(a.gross, c),
    minorToDecimal(a.commission, c),
    minorToDecimal(a.net, c),
    minorToDecimal(a.payout, c),
    a.gross,
    a.commission,
    a.net,
    a.payout,
  ];
  let out = csvRow(HEADER);
  for (const l of lines)
    out += csvRow([
      l.at.toISOString(),
      l.type,
      l.bookingId,
      l.tripTitle,
      l.payoutId,
      l.currency,
      ...amounts(l.currency, l),
    ]);
  for (const [currency, t] of statementTotals(lines))
    out += csvRow(["", "total", "", "", "", currency, ...amounts(currency, t)]);
  return out;
}
