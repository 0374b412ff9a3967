import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { sendBookingNotices } from "../../notifications/send-booking-notices";
import { forEachEvent } from "./notice-batch";

/**
 * The handler of a batched booking-notice function: each event's notices, written from the booking's context and the
 * event's data, keyed by the function (`source`), the event and the recipient — the whole batch in three statements
 * (`sendBookingNotices`). An event that failed makes the batch retry, after the others' notices went out.
 */
export async function sendBookingNoticesForEach<E extends { id?: string; data: { bookingId: string } }>(
  events: E[],
  source: string,
  notices: (ctx: BookingContext, data: E["data"]) => Notice[],
) {
  const outcomes = await sendBookingNotices(
    events.map((event) => ({
      bookingId: event.data.bookingId,
      source,
      eventId: event.id,
      notices: (ctx: BookingContext) => notices(ctx, event.data),
    })),
  );
  return forEachEvent(events, async (_event, i) => {
    const outcome = outcomes[i];
    if ("error" in outcome) throw outcome.error;
    return outcome;
  });
}
