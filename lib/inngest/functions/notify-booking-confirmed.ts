import { events } from "../../events/definitions";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";
import { plural } from "../../text/plural";

const id = "notify-booking-confirmed";

const notices = (ctx: BookingContext): Notice[] => [
  {
    to: "traveller",
    type: "booking_confirmed",
    title: `Booking confirmed: ${ctx.tripTitle}`,
    paragraphs: [
      `Your ${plural(ctx.seats, "seat is", "seats are")} confirmed for ${ctx.when}. We received ${ctx.total}.`,
      "Your receipt is on the booking page.",
    ],
  },
  {
    to: "vendor",
    type: "booking_confirmed_vendor",
    title: `New booking: ${ctx.tripTitle}`,
    paragraphs: [`A traveller booked ${plural(ctx.seats, "seat")} on ${ctx.when} (${ctx.total}).`],
    ctaLabel: "Open your dashboard",
  },
];

export const notifyBookingConfirmed = inngest.createFunction(
  { id, retries: 4, triggers: [events.bookingConfirmed], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
