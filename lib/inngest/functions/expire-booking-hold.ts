import { expireBooking, holdRunsOutAt } from "../../bookings/expire-booking";
import { events } from "../../events/definitions";
import { inngest } from "../client";

// booking/created → wait until the 15-minute hold runs out, then release the seats unless the booking was paid.
// expireBooking re-checks the hold and the status under a row lock, so no step reads the hold back (each step is one
// more HTTP round trip from the runner). The expiry itself is the function's last act, so it runs in the call that
// wakes the function rather than in a step of its own.
export const expireBookingHold = inngest.createFunction(
  { id: "expire-booking-hold", retries: 6, triggers: [events.bookingCreated] },
  async ({ event, step }) => {
    await step.sleepUntil("hold-runs-out", holdRunsOutAt(event.ts ?? Date.now()));
    return expireBooking(event.data.bookingId);
  },
);
