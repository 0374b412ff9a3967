import { type EventData, events } from "../../events/definitions";
import { formatMoney } from "../../format";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";

const id = "notify-payment-refunded";

function notices(ctx: BookingContext, data: EventData<typeof events.paymentRefunded>): Notice[] {
  const amount = formatMoney(data.refundAmount, data.currency);
  return [
    {
      to: "traveller",
      type: "payment_refunded",
      title: `Refund of ${amount}`,
      paragraphs: [
        `We refunded ${amount} for ${ctx.tripTitle} to your card. It usually appears within 5–10 business days.`,
      ],
      ctaLabel: "View receipt",
    },
  ];
}

export const notifyPaymentRefunded = inngest.createFunction(
  { id, retries: 4, triggers: [events.paymentRefunded], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
