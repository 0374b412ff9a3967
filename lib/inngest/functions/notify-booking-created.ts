import { events } from "../../events/definitions";
import { HOLD_MINUTES } from "../../bookings/schemas";
import { bookingNotification } from "./booking-notification";

export const notifyBookingCreated = bookingNotification("notify-booking-created", events.bookingCreated, (ctx) => [
  {
    to: "traveller",
    type: "booking_created",
    title: `Seats held: ${ctx.tripTitle}`,
    paragraphs: [`We are holding ${ctx.seats} seat${ctx.seats === 1 ? "" : "s"} on ${ctx.when} for ${HOLD_MINUTES} minutes while you pay ${ctx.total}.`, "If the payment does not arrive in time, the seats are released."],
    ctaLabel: "Complete payment",
  },
]);
