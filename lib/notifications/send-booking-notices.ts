import "server-only";
import { notFound } from "../errors";
import { type BookingContext, loadBookingContexts, type Notice, sendBookingNoticeList } from "./booking-notice";

export interface SendBookingNoticesOptions {
  bookingId: string;
  /** the sender (an Inngest function id) and the event it handles: with the recipient, the key of each notice */
  source: string;
  eventId: string | undefined;
  /** what to tell whom, written from the booking's context */
  notices: (ctx: BookingContext) => Notice[];
}

export type SendBookingNoticesOutcome = { notified: Notice["to"][] } | { error: unknown };

/**
 * Tells the traveller (and, where the notices say so, the vendor) about booking events, by email and in the app — a
 * whole batch of events at once: one query for every booking's context, one statement writing every notification
 * and email, one marking the emails sent. Meant to run in one call from Inngest, without steps: every step costs an
 * HTTP round trip, and each notice is idempotent by its key (notification, queued email and delivery), so a retry
 * after a failure re-sends nothing that already went out.
 *
 * Each event has its own outcome, in the order given: an event whose booking is missing (or whose notices cannot be
 * written from it) fails alone, the others' notices are still sent.
 */
export async function sendBookingNotices(items: SendBookingNoticesOptions[]): Promise<SendBookingNoticesOutcome[]> {
  const contexts = await loadBookingContexts(items.map((i) => i.bookingId));
  type Prepared = { list: Parameters<typeof sendBookingNoticeList>[0] } | { error: unknown };
  const prepared = items.map(({ bookingId, source, eventId, notices }): Prepared => {
    const ctx = contexts.get(bookingId);
    if (!ctx) return { error: notFound("Booking") };
    try {
      const list = notices(ctx).map((notice) => ({
        ctx,
        notice,
        dedupeKey: `${source}:${eventId ?? bookingId}:${notice.to}`,
      }));
      return { list };
    } catch (error) {
      return { error };
    }
  });
  await sendBookingNoticeList(prepared.flatMap((p) => ("list" in p ? p.list : [])));
  return prepared.map((p) => ("list" in p ? { notified: p.list.map((n) => n.notice.to) } : { error: p.error }));
}
