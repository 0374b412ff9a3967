import { events } from "../../events/definitions";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";

const id = "notify-payment-failed";

const notices = (ctx: BookingContext): Notice[] => [
  {
    to: "traveller",
    type: "payment_failed",
    title: `Payment declined: ${ctx.tripTitle}`,
    paragraphs: [
      "Your card was declined. Your seats stay held until the hold ends — try another card from the booking page.",
    ],
    ctaLabel: "Try again",
  },
];

export const notifyPaymentFailed = inngest.createFunction(
  { id, retries: 4, triggers: [events.paymentFailed], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
