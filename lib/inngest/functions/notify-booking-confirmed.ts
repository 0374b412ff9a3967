import { events } from "../../events/definitions";
import { bookingNotification } from "./booking-notification";

export const notifyBookingConfirmed = bookingNotification("notify-booking-confirmed", events.bookingConfirmed, (ctx) => [
  {
    to: "traveller",
    type: "booking_confirmed",
    title: `Booking confirmed: ${ctx.tripTitle}`,
    paragraphs: [`Your ${ctx.seats} seat${ctx.seats === 1 ? " is" : "s are"} confirmed for ${ctx.when}. We received ${ctx.total}.`, "Your receipt is on the booking page."],
  },
  {
    to: "vendor",
    type: "booking_confirmed_vendor",
    title: `New booking: ${ctx.tripTitle}`,
    paragraphs: [`A traveller booked ${ctx.seats} seat${ctx.seats === 1 ? "" : "s"} on ${ctx.when} (${ctx.total}).`],
    ctaLabel: "Open your dashboard",
  },
]);
