import { events } from "../../events/definitions";
import { bookingNotification } from "./booking-notification";

export const notifyBookingExpired = bookingNotification("notify-booking-expired", events.bookingExpired, (ctx) => [
  {
    to: "traveller",
    type: "booking_expired",
    title: `Hold ended: ${ctx.tripTitle}`,
    paragraphs: [`We did not receive your payment in time, so the ${ctx.seats} seat${ctx.seats === 1 ? "" : "s"} on ${ctx.when} were released.`, "You can book again if seats are still available."],
    ctaLabel: "See the trip",
  },
]);
