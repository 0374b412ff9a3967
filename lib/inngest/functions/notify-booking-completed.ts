import { events } from "../../events/definitions";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";
import { plural } from "../../text/plural";

const id = "notify-booking-completed";

const notices = (ctx: BookingContext): Notice[] => [
  {
    to: "traveller",
    type: "booking_completed",
    title: `Thanks for travelling: ${ctx.tripTitle}`,
    paragraphs: [
      `We hope you enjoyed ${ctx.tripTitle} (${ctx.when}). Your booking is now complete.`,
      "Your receipt stays on the booking page.",
    ],
  },
  {
    to: "vendor",
    type: "booking_completed_vendor",
    title: `Booking completed: ${ctx.tripTitle}`,
    paragraphs: [
      `The booking of ${plural(ctx.seats, "seat")} on ${ctx.when} is complete; your share of ${ctx.total} is now available for your next payout.`,
    ],
    ctaLabel: "See your earnings",
  },
];

export const notifyBookingCompleted = inngest.createFunction(
  { id, retries: 4, triggers: [events.bookingCompleted], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
