import { events } from "../../events/definitions";
import { bookingNotification } from "./booking-notification";

export const notifyPaymentSucceeded = bookingNotification("notify-payment-succeeded", events.paymentSucceeded, (ctx) => [
  {
    to: "traveller",
    type: "payment_succeeded",
    title: `Payment received: ${ctx.total}`,
    paragraphs: [`Thank you — we received ${ctx.total} for ${ctx.tripTitle} on ${ctx.when}.`, "Your receipt is on the booking page."],
    ctaLabel: "View receipt",
  },
]);
