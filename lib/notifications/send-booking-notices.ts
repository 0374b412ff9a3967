import "server-only";
import { type BookingContext, loadBookingContext, type Notice, sendBookingNotice } from "./booking-notice";

export interface SendBookingNoticesOptions {
  bookingId: string;
  /** the sender (an Inngest function id) and the event it handles: with the recipient, the key of each notice */
  source: string;
  eventId: string | undefined;
  /** what to tell whom, written from the booking's context */
  notices: (ctx: BookingContext) => Notice[];
}

/**
 * Tells the traveller (and, where the notices say so, the vendor) about a booking event, by email and in the app.
 * Meant to run in one call from Inngest, without steps: every step costs an HTTP round trip, and each notice is
 * idempotent by its key (notification, queued email and delivery), so a retry after a failed email re-sends nothing
 * that already went out.
 */
export async function sendBookingNotices({ bookingId, source, eventId, notices }: SendBookingNoticesOptions) {
  const ctx = await loadBookingContext(bookingId);
  const list = notices(ctx);
  for (const notice of list) await sendBookingNotice(ctx, notice, `${source}:${eventId ?? bookingId}:${notice.to}`);
  return { notified: list.map((n) => n.to) };
}
