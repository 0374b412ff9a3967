import "server-only";
import type { BookingStatus, PaymentStatus } from "@prisma/client";
import type { Actor } from "../auth/actor";
import type { BookingRelation } from "../auth/booking-access";
import { formatDateTime, formatMoney } from "../format";
import { getBooking } from "./get-booking";

// What a receipt says, in one place for the printable page, the PDF and the calendar event: the access rule is
// getBooking's (the traveller, the trip's vendor, an admin; anyone else gets a 404).

const PAYMENT_LABEL: Record<PaymentStatus, string> = {
  pending: "Awaiting payment",
  succeeded: "Paid",
  failed: "Declined",
  refunded: "Refunded",
  partially_refunded: "Partly refunded",
};
const STATUS_LABEL: Record<BookingStatus, string> = {
  pending: "Awaiting payment",
  confirmed: "Confirmed",
  completed: "Completed",
  cancelled: "Cancelled",
  expired: "Expired (not paid in time)",
};
/** Money was taken from the card (whatever was refunded later). */
const CAPTURED: PaymentStatus[] = ["succeeded", "refunded", "partially_refunded"];

export interface Receipt {
  bookingId: string;
  code: string;
  status: BookingStatus;
  statusLabel: string;
  trip: { title: string; city: string; country: string; durationDays: number };
  departure: { startsAt: Date; timeZone: string; label: string };
  seats: number;
  /** the email only for the traveller and admins: a vendor sees who booked, not their address */
  traveller: { name: string; email: string | null };
  vendorName: string;
  currency: string;
  /** formatted amounts; the minor units are kept for tests and for whoever needs to add them up */
  lines: { unitPrice: string; total: string; paid: string; refunded: string; net: string };
  amounts: { unitPrice: number; total: number; paid: number; refunded: number; net: number };
  payment: { label: string; paidAt: string | null };
  bookedAt: string;
}

type LoadedBooking = Awaited<ReturnType<typeof getBooking>>["booking"];

/** The receipt of a booking as stored: paid is every captured charge, refunded what of it went back. */
export function toReceipt(b: LoadedBooking, relation: BookingRelation): Receipt {
  const captured = b.payments.filter((p) => CAPTURED.includes(p.status));
  const paid = captured.reduce((sum, p) => sum + p.amount, 0);
  const refunded = captured.reduce((sum, p) => sum + p.refundedAmount, 0);
  const latest = b.payments[0];
  const paidAt = captured.map((p) => p.succeededAt).find((d) => d);
  const money = (n: number) => formatMoney(n, b.currency);
  return {
    bookingId: b.id,
    code: b.code,
    status: b.status,
    statusLabel: STATUS_LABEL[b.status],
    trip: { title: b.trip.title, city: b.trip.city, country: b.trip.country, durationDays: b.trip.durationDays },
    departure: {
      startsAt: b.departure.startsAt,
      timeZone: b.departure.timeZone,
      label: formatDateTime(b.departure.startsAt, b.departure.timeZone),
    },
    seats: b.seats,
    traveller: { name: b.user.name, email: relation === "vendor" ? null : b.user.email },
    vendorName: b.trip.vendor.vendorProfile?.displayName ?? b.trip.vendor.name,
    currency: b.currency,
    lines: {
      unitPrice: money(b.unitPrice),
      total: money(b.totalAmount),
      paid: money(paid),
      refunded: money(refunded),
      net: money(paid - refunded),
    },
    amounts: { unitPrice: b.unitPrice, total: b.totalAmount, paid, refunded, net: paid - refunded },
    payment: {
      label: latest ? PAYMENT_LABEL[latest.status] : "Not started",
      paidAt: paidAt ? formatDateTime(paidAt, "UTC") : null,
    },
    bookedAt: formatDateTime(b.createdAt, "UTC"),
  };
}

/** The receipt of a booking the actor may see (404 otherwise). */
export async function getBookingReceipt(actor: Actor, bookingId: string): Promise<Receipt> {
  const { booking, relation } = await getBooking(actor, bookingId);
  return toReceipt(booking, relation);
}

/** "Ana Dias (ana@example.com)", or the name alone where the email is not shown */
export const travellerLine = (t: Receipt["traveller"]) => (t.email ? `${t.name} (${t.email})` : t.name);

/** The file name of a receipt or calendar download: travellr-TRV-7K3M9Q.pdf */
export const downloadName = (code: string, extension: "pdf" | "ics") => `travellr-${code}.${extension}`;
