import type { DomainEvent } from "../../events/definitions";
import { type BookingContext, loadBookingContext, type Notice, sendBookingNotice } from "../../notifications/booking-notice";
import { inngest } from "../client";

/**
 * Builds an Inngest function that tells the traveller (and, where the notices say so, the vendor) about a booking
 * event, by email and in-app. Each notice is its own step, so a failed email is retried without re-sending others.
 */
export function bookingNotification<E extends DomainEvent>(id: string, trigger: E, notices: (ctx: BookingContext, data: Record<string, unknown>) => Notice[]) {
  return inngest.createFunction({ id, retries: 4, triggers: [trigger] }, async ({ event, step }) => {
    const data = event.data as Record<string, unknown> & { bookingId: string };
    const ctx = await step.run("load-booking", () => loadBookingContext(data.bookingId));
    const list = notices(ctx, data);
    for (const notice of list) {
      await step.run(`notify-${notice.to}`, () => sendBookingNotice(ctx, notice, `${id}:${event.id ?? data.bookingId}:${notice.to}`));
    }
    return { notified: list.map((n) => n.to) };
  });
}
