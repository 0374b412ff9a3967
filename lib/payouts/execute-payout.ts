import "server-only";
import { db } from "../db";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { publishEvent } from "../events/publish-event";
import { postJournal } from "../ledger/journal";
import { logger } from "../logger";
import { createPayoutTransfer, isDefinitiveStripeError } from "../payments/transfers";

type PayoutRow = Awaited<ReturnType<typeof db.payout.findUniqueOrThrow>>;

const eventData = (p: PayoutRow) => ({
  payoutId: p.id,
  vendorId: p.vendorId,
  amount: p.amount,
  currency: p.currency,
  periodStart: p.periodStart.toISOString(),
  periodEnd: p.periodEnd.toISOString(),
});

/**
 * Makes the Stripe transfer of a pending payout and records the outcome. Safe to call any number of times: a paid or
 * failed payout is returned as it is, and the transfer's idempotency key (from the payout id) means a retry after a
 * crash between the transfer and the update finds the transfer already made. A refusal from Stripe fails the payout
 * and gives its amount back to the vendor's balance; a network error is thrown so the caller retries.
 */
export async function executePayout(payoutId: string): Promise<PayoutRow> {
  const payout = await db.payout.findUniqueOrThrow({ where: { id: payoutId } });
  if (payout.status !== "pending") return payout;
  const profile = await db.vendorProfile.findUnique({
    where: { userId: payout.vendorId },
    select: { stripeAccountId: true },
  });
  if (!profile?.stripeAccountId) return failPayout(payoutId, "The vendor has no connected Stripe account");
  let transferId: string;
  try {
    transferId = (await createPayoutTransfer(payout, profile.stripeAccountId)).id;
  } catch (error) {
    if (isDefinitiveStripeError(error)) {
      logger.warn({ payoutId, code: error.code, message: error.message }, "Stripe refused a payout transfer");
      return failPayout(payoutId, error.message);
    }
    logger.error({ err: error, payoutId }, "payout transfer request failed; it stays pending and is retried");
    throw error;
  }
  return markPayoutPaid(payoutId, transferId);
}

async function markPayoutPaid(payoutId: string, stripeTransferId: string) {
  const paid = await db.$transaction(async (tx) => {
    const updated = await tx.payout.updateMany({
      where: { id: payoutId, status: "pending" },
      data: { status: "paid", stripeTransferId, paidAt: new Date(), failureMessage: null },
    });
    const payout = await tx.payout.findUniqueOrThrow({ where: { id: payoutId } });
    if (updated.count === 1)
      await publishEvent(tx, events.payoutPaid, eventData(payout), `vendor/payout.paid:${payoutId}`);
    return payout;
  });
  kickOutbox();
  return paid;
}

/** Marks a pending payout failed and reverses its ledger entries, so the amount is available again next run. */
async function failPayout(payoutId: string, reason: string) {
  const failed = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { status: string }[]
    >`SELECT status FROM payouts WHERE id = ${payoutId} FOR UPDATE`;
    if (row?.status !== "pending") return tx.payout.findUniqueOrThrow({ where: { id: payoutId } });
    const payout = await tx.payout.update({
      where: { id: payoutId },
      data: { status: "failed", failureMessage: reason.slice(0, 500) },
    });
    await postJournal(
      tx,
      `payout-reversal:${payoutId}`,
      [
        { account: "vendor_payable", kind: "transfer_reversal", amount: -payout.amount },
        { account: "transfers", kind: "transfer_reversal", amount: payout.amount },
      ],
      { currency: payout.currency, vendorId: payout.vendorId, payoutId },
    );
    await publishEvent(
      tx,
      events.payoutFailed,
      { ...eventData(payout), reason: reason.slice(0, 500) },
      `vendor/payout.failed:${payoutId}`,
    );
    return payout;
  });
  kickOutbox();
  return failed;
}

/** Payouts left pending (a crash or an outage between the payout row and the transfer), oldest first. */
export async function stalePendingPayouts(olderThanMs = 5 * 60_000, take = 100) {
  const rows = await db.payout.findMany({
    where: { status: "pending", createdAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take,
  });
  return rows.map((r) => r.id);
}
