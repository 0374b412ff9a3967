import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { sendBookingNotices } from "../../notifications/send-booking-notices";
import { forEachEvent } from "./notice-batch";

/**
 * The handler of a batched booking-notice function: each event's notices, written from the booking's context and the
 * event's data, keyed by the function (`source`), the event and the recipient.
 */
export function sendBookingNoticesForEach<E extends { id?: string; data: { bookingId: string } }>(
  events: E[],
  source: string,
  notices: (ctx: BookingContext, data: E["data"]) => Notice[],
) {
  return forEachEvent(events, (event) =>
    sendBookingNotices({
      bookingId: event.data.bookingId,
      source,
      eventId: event.id,
      notices: (ctx) => notices(ctx, event.data),
    }),
  );
}
