import "server-only";
import { db } from "../db";
import { sendNotice } from "../notifications/send-notice";
import { TAX_FORM_THRESHOLD } from "../payouts/rules";
import { formatMoney } from "../format";

/**
 * After a payout is paid: when the vendor's paid USD payouts in that calendar year pass $20,000, flag them for a 1099
 * (once per year: the conditional update only succeeds for a vendor not yet flagged this year) and tell every admin.
 */
export async function flagTaxFormIfDue(vendorId: string, paidAt: Date) {
  const year = paidAt.getUTCFullYear();
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 1, 0, 1));
  const { _sum } = await db.payout.aggregate({
    where: { vendorId, currency: "usd", status: "paid", paidAt: { gte: start, lt: end } },
    _sum: { amount: true },
  });
  const total = _sum.amount ?? 0;
  if (total <= TAX_FORM_THRESHOLD) return { flagged: false, total };
  const flaggedAt = new Date();
  const { count } = await db.vendorProfile.updateMany({
    where: { userId: vendorId, OR: [{ taxFormFlaggedAt: null }, { taxFormFlaggedAt: { lt: start } }] },
    data: { taxFormFlaggedAt: flaggedAt },
  });
  if (count === 0) return { flagged: false, total, alreadyFlagged: true };
  const vendor = await db.vendorProfile.findUniqueOrThrow({
    where: { userId: vendorId },
    select: { displayName: true },
  });
  await db.auditLog.create({
    data: {
      actorId: null,
      action: "vendor.tax_form_flagged",
      entityType: "vendor",
      entityId: vendorId,
      data: { year, total },
    },
  });
  const admins = await db.user.findMany({ where: { role: "admin", active: true }, select: { id: true } });
  const title = `1099 needed: ${vendor.displayName}`;
  const paragraphs = [
    `${vendor.displayName} has been paid ${formatMoney(total, "usd")} in ${year}, above the ${formatMoney(TAX_FORM_THRESHOLD, "usd")} threshold.`,
    "Collect their tax details and file a 1099 for this year.",
  ];
  for (const admin of admins) {
    await sendNotice({
      userId: admin.id,
      type: "vendor_tax_form",
      title,
      paragraphs,
      link: "/admin",
      ctaLabel: "Open the admin console",
      dedupeKey: `tax-form:${vendorId}:${year}:${admin.id}`,
    });
  }
  return { flagged: true, total };
}
