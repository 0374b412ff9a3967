import "server-only";
import type { Tx } from "../db";
import { splitCommission } from "../money/commission";
import { postJournal } from "./journal";

interface BookingMoney {
  id: string;
  commissionBps: number;
  trip: { vendorId: string };
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
 * total refunded (no cent drifts by rounding).
 */
export function postRefund(tx: Tx, booking: BookingMoney, payment: { id: string; currency: string }, refund: { id: string; amount: number }, refundedBefore: number) {
  const platformPart = splitCommission(refundedBefore + refund.amount, booking.commissionBps).platform - splitCommission(refundedBefore, booking.commissionBps).platform;
  const vendorPart = refund.amount - platformPart;
  return postJournal(
    tx,
    `refund:${refund.id}`,
    [
      { account: "cash", kind: "refund", amount: -refund.amount },
      { account: "vendor_payable", kind: "vendor_share_reversal", amount: vendorPart },
      { account: "platform_revenue", kind: "commission_reversal", amount: platformPart },
    ],
    { currency: payment.currency, vendorId: booking.trip.vendorId, bookingId: booking.id, paymentId: payment.id, refundId: refund.id },
  );
}
