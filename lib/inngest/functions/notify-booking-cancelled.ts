import { type EventData, events } from "../../events/definitions";
import { formatMoney } from "../../format";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";
import { plural } from "../../text/plural";

const id = "notify-booking-cancelled";

function notices(ctx: BookingContext, data: EventData<typeof events.bookingCancelled>): Notice[] {
  const refund = formatMoney(data.refundAmount, data.currency);
  const refundText =
    data.refundAmount > 0
      ? `A refund of ${refund} is on its way to your card.`
      : "No refund is due under the trip's cancellation policy.";
  const who = data.cancelledBy === "traveller" ? "You cancelled" : "The trip's operator cancelled";
  return [
    {
      to: "traveller",
      type: "booking_cancelled",
      title: `Booking cancelled: ${ctx.tripTitle}`,
      paragraphs: [`${who} your booking for ${ctx.when}. ${refundText}`],
    },
    {
      to: "vendor",
      type: "booking_cancelled_vendor",
      title: `Cancellation: ${ctx.tripTitle}`,
      paragraphs: [
        `A booking of ${plural(ctx.seats, "seat")} on ${ctx.when} was cancelled (${data.cancelledBy}). Refund: ${refund}. The seats are available again.`,
      ],
      ctaLabel: "Open your dashboard",
    },
  ];
}

export const notifyBookingCancelled = inngest.createFunction(
  { id, retries: 4, triggers: [events.bookingCancelled], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
