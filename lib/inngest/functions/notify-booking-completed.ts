import { events } from "../../events/definitions";
import { bookingNotification } from "./booking-notification";

export const notifyBookingCompleted = bookingNotification("notify-booking-completed", events.bookingCompleted, (ctx) => [
  {
    to: "traveller",
    type: "booking_completed",
    title: `Thanks for travelling: ${ctx.tripTitle}`,
    paragraphs: [`We hope you enjoyed ${ctx.tripTitle} (${ctx.when}). Your booking is now complete.`, "Your receipt stays on the booking page."],
  },
  {
    to: "vendor",
    type: "booking_completed_vendor",
    title: `Booking completed: ${ctx.tripTitle}`,
    paragraphs: [`The booking of ${ctx.seats} seat${ctx.seats === 1 ? "" : "s"} on ${ctx.when} is complete; your share of ${ctx.total} is now available for your next payout.`],
    ctaLabel: "See your earnings",
  },
]);
