import { HOLD_MINUTES } from "../../bookings/schemas";
import { type EventData, events } from "../../events/definitions";
import { formatMoney } from "../../format";
import type { BookingContext, Notice } from "../../notifications/booking-notice";
import { inngest } from "../client";
import { sendBookingNoticesForEach } from "./booking-notice-batch";
import { NOTICE_BATCH } from "./notice-batch";

const id = "notify-payment-returned";

function notices(ctx: BookingContext, data: EventData<typeof events.paymentReturned>): Notice[] {
  const why =
    data.reason === "seats_gone"
      ? `Your payment for ${ctx.tripTitle} arrived after your ${HOLD_MINUTES}-minute hold ended and the seats were taken by then, so we refunded it in full.`
      : `Your payment for ${ctx.tripTitle} could not be applied to the booking, so we refunded it in full.`;
  return [
    {
      to: "traveller",
      type: "payment_returned",
      title: "Your payment was refunded",
      paragraphs: [
        why,
        `The refund of ${formatMoney(data.amount, data.currency)} usually appears on your card within 5–10 business days.`,
      ],
    },
  ];
}

// payment/returned → the traveller learns why a payment that went through did not book the seats
export const notifyPaymentReturned = inngest.createFunction(
  { id, retries: 4, triggers: [events.paymentReturned], batchEvents: NOTICE_BATCH },
  ({ events }) => sendBookingNoticesForEach(events, id, notices),
);
