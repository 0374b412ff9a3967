import { RetryAfterError } from "inngest";
import { expireBooking } from "../../bookings/expire-booking";
import { events } from "../../events/definitions";
import { inngest } from "../client";

// booking/hold.expires → release the seats unless the booking was paid. The event is dated when the 15-minute hold
// runs out (its ts, see hold-seats.ts), so Inngest starts this run only then: one call per booking, no sleep step to
// schedule first. expireBooking re-checks the hold and the status under a row lock; should the run start early (a
// clock running ahead), it is retried when the hold has run out instead of finishing with the seats still held.
export const expireBookingHold = inngest.createFunction(
  { id: "expire-booking-hold", retries: 6, triggers: [events.bookingHoldExpires] },
  async ({ event }) => {
    const result = await expireBooking(event.data.bookingId);
    if ("holdExpiresAt" in result && result.holdExpiresAt) {
      throw new RetryAfterError("The hold has not run out yet", result.holdExpiresAt);
    }
    return result;
  },
);
