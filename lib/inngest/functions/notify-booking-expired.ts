import { events } from "../../events/definitions";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";
import { plural } from "../../text/plural";

const id = "notify-booking-expired";

const notices = (ctx: BookingContext): Notice[] => [
  {
    to: "traveller",
    type: "booking_expired",
    title: `Hold ended: ${ctx.tripTitle}`,
    paragraphs: [
      `We did not receive your payment in time, so the ${plural(ctx.seats, "seat")} on ${ctx.when} were released.`,
      "You can book again if seats are still available.",
    ],
    ctaLabel: "See the trip",
  },
];

export const notifyBookingExpired = inngest.createFunction(
  { id, retries: 4, triggers: [events.bookingExpired], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
