import type { DomainEvent } from "../../events/definitions";
import { type BookingContext, loadBookingContext, type Notice, sendBookingNotice } from "../../notifications/booking-notice";
import { inngest } from "../client";

/**
 * Builds an Inngest function that tells the traveller (and, where the notices say so, the vendor) about a booking
 * event, by email and in-app. The whole body runs in one call from the runner, without steps: every step costs an
 * HTTP round trip, and each notice is idempotent by its key (notification, queued email and delivery), so a retry
 * after a failed email re-sends nothing that already went out.
 */
export function bookingNotification<E extends DomainEvent>(id: string, trigger: E, notices: (ctx: BookingContext, data: Record<string, unknown>) => Notice[]) {
  return inngest.createFunction({ id, retries: 4, triggers: [trigger] }, async ({ event }) => {
    const data = event.data as Record<string, unknown> & { bookingId: string };
    const ctx = await loadBookingContext(data.bookingId);
    const list = notices(ctx, data);
    for (const notice of list) await sendBookingNotice(ctx, notice, `${id}:${event.id ?? data.bookingId}:${notice.to}`);
    return { notified: list.map((n) => n.to) };
  });
}
