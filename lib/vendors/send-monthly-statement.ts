import "server-only";
import { db } from "../db";
import { sendNotice } from "../notifications/send-notice";
import { monthRange } from "../payouts/rules";
import { formatMoney } from "../format";
import { buildStatement } from "./build-statement";
import { statementTotals } from "./statement-csv";

/** Vendors whose ledger moved in `month` (yyyy-mm, UTC). */
export async function vendorsWithActivity(month: string): Promise<string[]> {
  const { start, end } = monthRange(month);
  const rows = await db.ledgerEntry.findMany({
    where: { createdAt: { gte: start, lt: end }, vendorId: { not: null } },
    distinct: ["vendorId"],
    select: { vendorId: true },
  });
  return rows.flatMap((r) => (r.vendorId ? [r.vendorId] : []));
}

/** Emails a vendor the month's statement with its CSV attached; the dedupe key makes a retried run send it once. */
export async function sendMonthlyStatement(vendorId: string, month: string) {
  const profile = await db.vendorProfile.findUnique({ where: { userId: vendorId } });
  if (!profile) return { sent: false };
  const { csv, filename, lines } = await buildStatement(profile, month);
  if (lines.length === 0) return { sent: false };
  const label = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    monthRange(month).start,
  );
  const summary = [...statementTotals(lines)].map(
    ([c, t]) =>
      `${c.toUpperCase()}: takings ${formatMoney(t.gross, c)}, commission ${formatMoney(t.commission, c)}, your share ${formatMoney(t.net, c)}, paid out ${formatMoney(t.payout, c)}.`,
  );
  const title = `Your Travellr statement for ${label}`;
  const { emailId } = await sendNotice({
    userId: vendorId,
    type: "vendor_statement",
    title,
    paragraphs: [
      ...summary,
      `The attached ${filename} lists every booking, refund, commission and payout of the month, to the cent.`,
    ],
    link: "/vendor/earnings",
    ctaLabel: "Open your earnings",
    attachments: [{ filename, contentType: "text/csv", content: csv }],
    dedupeKey: `statement:${vendorId}:${month}`,
  });
  return { sent: true, emailId };
}
