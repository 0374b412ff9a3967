import { events } from "../../events/definitions";
import { HOLD_MINUTES } from "../../bookings/schemas";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";
import { plural } from "../../text/plural";

const id = "notify-booking-created";

const notices = (ctx: BookingContext): Notice[] => [
  {
    to: "traveller",
    type: "booking_created",
    title: `Seats held: ${ctx.tripTitle}`,
    paragraphs: [
      `We are holding ${plural(ctx.seats, "seat")} on ${ctx.when} for ${HOLD_MINUTES} minutes while you pay ${ctx.total}.`,
      "If the payment does not arrive in time, the seats are released.",
    ],
    ctaLabel: "Complete payment",
  },
];

export const notifyBookingCreated = inngest.createFunction(
  { id, retries: 4, triggers: [events.bookingCreated], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
