import "server-only";
import type { BookingStatus, LedgerAccount } from "@prisma/client";
import type { Tx } from "../db";
import type { SqlClient } from "../db-pool";
import { splitCommission } from "../money/commission";
import { postJournal } from "./journal";

interface BookingMoney {
  id: string;
  commissionBps: number;
  trip: { vendorId: string };
}

interface SettledBooking extends BookingMoney {
  status: BookingStatus;
  completedAt: Date | null;
  cancelledAt: Date | null;
  expiredAt: Date | null;
}

const UNSETTLED: BookingStatus[] = ["pending", "confirmed"];

/**
 * Where a booking's vendor share lives: `vendor_pending` while the booking may still be cancelled or completed,
 * `vendor_payable` once it settled (completed, cancelled or expired) and can be paid out.
 */
const vendorAccountFor = (status: BookingStatus): LedgerAccount =>
  UNSETTLED.includes(status) ? "vendor_pending" : "vendor_payable";

/**
 * A captured payment: cash comes in, and is owed 80 % to the vendor and 20 % to the platform (the booking's bps).
 * `status` is the booking's status once the payment is applied (it decides the vendor's account).
 */
export function postCharge(
  tx: SqlClient,
  booking: BookingMoney,
  payment: { id: string; amount: number; currency: string },
  status: BookingStatus,
) {
  const { vendor, platform } = splitCommission(payment.amount, booking.commissionBps);
  return postJournal(
    tx,
    `charge:${payment.id}`,
    [
      { account: "cash", kind: "charge", amount: payment.amount },
      { account: vendorAccountFor(status), kind: "vendor_share", amount: -vendor },
      { account: "platform_revenue", kind: "commission", amount: -platform },
    ],
    { currency: payment.currency, vendorId: booking.trip.vendorId, bookingId: booking.id, paymentId: payment.id },
  );
}

/**
 * True when the booking's vendor share was already included in a payout: the booking settled no later than the end
 * of a live payout's period. A refund then claws the vendor's part back from the next payouts.
 */
async function paidOut(tx: Tx, booking: SettledBooking, currency: string) {
  const settledAt = UNSETTLED.includes(booking.status)
    ? null
    : (booking.completedAt ?? booking.cancelledAt ?? booking.expiredAt);
  if (!settledAt) return false;
  const payout = await tx.payout.findFirst({
    where: { vendorId: booking.trip.vendorId, currency, status: { not: "failed" }, periodEnd: { gte: settledAt } },
    select: { id: true },
  });
  return payout !== null;
}

/**
 * A succeeded refund reverses commission pro rata. The platform's part is the change in its share of everything
 * refunded so far, so however a payment is refunded in pieces, the reversals add up exactly to the shares of the
 * total refunded (no cent drifts by rounding). The caller holds the booking's row lock, so `booking.status` is
 * current. When the vendor's share had already been paid out, the vendor's part is booked as a `clawback`: it makes
 * the available balance negative and is deducted from the next payouts.
 */
export async function postRefund(
  tx: Tx,
  booking: SettledBooking,
  payment: { id: string; currency: string },
  refund: { id: string; amount: number },
  refundedBefore: number,
) {
  const vendorKind = (await paidOut(tx, booking, payment.currency)) ? "clawback" : "vendor_share_reversal";
  const platformPart =
    splitCommission(refundedBefore + refund.amount, booking.commissionBps).platform -
    splitCommission(refundedBefore, booking.commissionBps).platform;
  const vendorPart = refund.amount - platformPart;
  return postJournal(
    tx,
    `refund:${refund.id}`,
    [
      { account: "cash", kind: "refund", amount: -refund.amount },
      { account: vendorAccountFor(booking.status), kind: vendorKind, amount: vendorPart },
      { account: "platform_revenue", kind: "commission_reversal", amount: platformPart },
    ],
    {
      currency: payment.currency,
      vendorId: booking.trip.vendorId,
      bookingId: booking.id,
      paymentId: payment.id,
      refundId: refund.id,
    },
  );
}

/**
 * A booking settled (completed or cancelled): its vendor share, net of refunds so far, moves from `vendor_pending`
 * to `vendor_payable`, dated when it settled — from then on it counts as available for payouts. Called in the
 * transaction that changes the status, under the booking's row lock. One journal per currency the booking moved.
 */
export async function postRelease(tx: Tx, booking: { id: string; vendorId: string; status: BookingStatus }, at: Date) {
  const held = await tx.ledgerEntry.groupBy({
    by: ["currency"],
    where: { bookingId: booking.id, account: "vendor_pending" },
    _sum: { amount: true },
  });
  for (const { currency, _sum } of held) {
    const amount = _sum.amount ?? 0;
    await postJournal(
      tx,
      `release:${booking.id}:${booking.status}:${currency}`,
      [
        { account: "vendor_pending", kind: "release", amount: -amount },
        { account: "vendor_payable", kind: "release", amount },
      ],
      { currency, vendorId: booking.vendorId, bookingId: booking.id },
      at,
    );
  }
}
