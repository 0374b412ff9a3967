import "server-only";
import type { BookingStatus } from "@prisma/client";
import type { Tx } from "../db";
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

/**
 * True when the booking's vendor share was already included in a payout: the booking settled (completed, or
 * cancelled/expired) no later than the end of a live payout's period. A refund then claws the vendor's part back
 * from the next payouts.
 */
async function paidOut(tx: Tx, booking: SettledBooking, currency: string) {
  const settledAt = booking.status === "completed" || booking.status === "cancelled" || booking.status === "expired" ? (booking.completedAt ?? booking.cancelledAt ?? booking.expiredAt) : null;
  if (!settledAt) return false;
  const payout = await tx.payout.findFirst({ where: { vendorId: booking.trip.vendorId, currency, status: { not: "failed" }, periodEnd: { gte: settledAt } }, select: { id: true } });
  return payout !== null;
}

/** A captured payment: cash comes in, and is owed 80 % to the vendor and 20 % to the platform (the booking's bps). */
export function postCharge(tx: Tx, booking: BookingMoney, payment: { id: string; amount: number; currency: string }) {
  const { vendor, platform } = splitCommission(payment.amount, booking.commissionBps);
  return postJournal(
    tx,
    `charge:${payment.id}`,
    [
      { account: "cash", kind: "charge", amount: payment.amount },
      { account: "vendor_payable", kind: "vendor_share", amount: -vendor },
      { account: "platform_revenue", kind: "commission", amount: -platform },
    ],
    { currency: payment.currency, vendorId: booking.trip.vendorId, bookingId: booking.id, paymentId: payment.id },
  );
}

/**
 * A succeeded refund reverses commission pro rata. The platform's part is the change in its share of everything
 * refunded so far, so however a payment is refunded in pieces, the reversals add up exactly to the shares of the
 * total refunded (no cent drifts by rounding). When the vendor's share had already been paid out, the vendor's part
 * is booked as a `clawback`: it makes the available balance negative and is deducted from the next payouts.
 */
export async function postRefund(tx: Tx, booking: SettledBooking, payment: { id: string; currency: string }, refund: { id: string; amount: number }, refundedBefore: number) {
  const vendorKind = (await paidOut(tx, booking, payment.currency)) ? "clawback" : "vendor_share_reversal";
  const platformPart = splitCommission(refundedBefore + refund.amount, booking.commissionBps).platform - splitCommission(refundedBefore, booking.commissionBps).platform;
  const vendorPart = refund.amount - platformPart;
  return postJournal(
    tx,
    `refund:${refund.id}`,
    [
      { account: "cash", kind: "refund", amount: -refund.amount },
      { account: "vendor_payable", kind: vendorKind, amount: vendorPart },
      { account: "platform_revenue", kind: "commission_reversal", amount: platformPart },
    ],
    { currency: payment.currency, vendorId: booking.trip.vendorId, bookingId: booking.id, paymentId: payment.id, refundId: refund.id },
  );
}
