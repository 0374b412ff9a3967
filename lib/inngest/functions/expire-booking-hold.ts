import { db } from "../../db";
import { events } from "../../events/definitions";
import { expireBooking } from "../../bookings/expire-booking";
import { inngest } from "../client";

// booking/created → wait until the 15-minute hold runs out, then release the seats unless the booking was paid.
export const expireBookingHold = inngest.createFunction(
  { id: "expire-booking-hold", retries: 6, triggers: [events.bookingCreated] },
  async ({ event, step }) => {
    const holdExpiresAt = await step.run("read-hold", async () => {
      const booking = await db.booking.findUnique({ where: { id: event.data.bookingId }, select: { holdExpiresAt: true } });
      return booking?.holdExpiresAt.toISOString() ?? null;
    });
    if (!holdExpiresAt) return { expired: false, reason: "missing" };
    await step.sleepUntil("hold-runs-out", new Date(new Date(holdExpiresAt).getTime() + 1000));
    return step.run("expire", () => expireBooking(event.data.bookingId));
  },
);
