import { events } from "../../events/definitions";
import { bookingNotification } from "./booking-notification";

export const notifyPaymentFailed = bookingNotification("notify-payment-failed", events.paymentFailed, (ctx) => [
  {
    to: "traveller",
    type: "payment_failed",
    title: `Payment declined: ${ctx.tripTitle}`,
    paragraphs: ["Your card was declined. Your seats stay held until the hold ends — try another card from the booking page."],
    ctaLabel: "Try again",
  },
]);
