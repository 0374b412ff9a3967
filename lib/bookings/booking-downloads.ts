import "server-only";
import type { Actor } from "../auth/actor";
import { env } from "../env";
import { bookingCalendar } from "./booking-calendar";
import { downloadName, getBookingReceipt } from "./booking-receipt";
import { renderReceiptPdf } from "./receipt-pdf";

// The two files a booking can be downloaded as, for the traveller, the trip's vendor and admins (404 for anyone else).

export interface Download {
  filename: string;
  contentType: string;
  body: Uint8Array | string;
}

/** The receipt as a PDF. */
export async function getReceiptPdf(actor: Actor, bookingId: string): Promise<Download> {
  const receipt = await getBookingReceipt(actor, bookingId);
  return {
    filename: downloadName(receipt.code, "pdf"),
    contentType: "application/pdf",
    body: await renderReceiptPdf(receipt),
  };
}

/** The booking as a calendar event in the departure's time zone. */
export async function getBookingCalendar(actor: Actor, bookingId: string): Promise<Download> {
  const r = await getBookingReceipt(actor, bookingId);
  const body = bookingCalendar({
    bookingId: r.bookingId,
    code: r.code,
    status: r.status,
    title: r.trip.title,
    city: r.trip.city,
    country: r.trip.country,
    startsAt: r.departure.startsAt,
    timeZone: r.departure.timeZone,
    durationDays: r.trip.durationDays,
    seats: r.seats,
    vendorName: r.vendorName,
    url: `${env().APP_URL}/bookings/${r.bookingId}`,
  });
  return { filename: downloadName(r.code, "ics"), contentType: "text/calendar; charset=utf-8", body };
}

/** A download as the HTTP response: an attachment, never stored by a shared cache (it is someone's booking). */
export function downloadResponse(d: Download): Response {
  return new Response(typeof d.body === "string" ? d.body : Buffer.from(d.body), {
    headers: {
      "Content-Type": d.contentType,
      "Content-Disposition": `attachment; filename="${d.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
