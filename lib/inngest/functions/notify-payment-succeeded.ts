import { events } from "../../events/definitions";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";

const id = "notify-payment-succeeded";

const notices = (ctx: BookingContext): Notice[] => [
  {
    to: "traveller",
    type: "payment_succeeded",
    title: `Payment received: ${ctx.total}`,
    paragraphs: [
      `Thank you — we received ${ctx.total} for ${ctx.tripTitle} on ${ctx.when}.`,
      "Your receipt is on the booking page.",
    ],
    ctaLabel: "View receipt",
  },
];

export const notifyPaymentSucceeded = inngest.createFunction(
  { id, retries: 4, triggers: [events.paymentSucceeded], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
