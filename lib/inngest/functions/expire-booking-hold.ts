import { HOLD_MINUTES } from "../../bookings/schemas";
import { expireBooking } from "../../bookings/expire-booking";
import { events } from "../../events/definitions";
import { inngest } from "../client";

// booking/created → wait until the 15-minute hold runs out, then release the seats unless the booking was paid.
// The event is sent after the booking committed, so its time plus the hold is never before the booking's
// holdExpiresAt: no step reads the hold back (each step is one more HTTP round trip from the runner), and
// expireBooking re-checks the hold and the status under a row lock anyway. The expiry itself is the function's last
// act, so it runs in the call that wakes the function rather than in a step of its own.
export const expireBookingHold = inngest.createFunction(
  { id: "expire-booking-hold", retries: 6, triggers: [events.bookingCreated] },
  async ({ event, step }) => {
    const sentAt = event.ts ?? Date.now();
    await step.sleepUntil("hold-runs-out", new Date(sentAt + HOLD_MINUTES * 60_000 + 1000));
    return expireBooking(event.data.bookingId);
  },
);
