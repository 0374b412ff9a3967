import { events } from "../../events/definitions";
import { findWaitlistToNotify } from "../../waitlist/find-waitlist-to-notify";
import { notifyWaitlistEntry } from "../../waitlist/notify-waitlist-entry";
import { inngest } from "../client";

// Seats came free (a cancellation or an expired hold): tell the waitlist, in the order people joined. The pick is a
// step of its own, so a retry tells the people picked the first time, never also the next in line for the same seats.
export const notifyWaitlist = inngest.createFunction(
  { id: "notify-waitlist", retries: 4, triggers: [events.bookingCancelled, events.bookingExpired] },
  async ({ event, step }) => {
    const entries = await step.run("pick", () => findWaitlistToNotify(event.data.departureId));
    for (const entry of entries) await step.run(`notify-${entry.id}`, () => notifyWaitlistEntry(entry.id));
    return { notified: entries.length };
  },
);
