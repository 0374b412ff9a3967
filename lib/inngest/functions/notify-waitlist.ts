import { db } from "../../db";
import { deliverEmail } from "../../email/deliver-email";
import { env } from "../../env";
import { events } from "../../events/definitions";
import { notifyUser } from "../../notifications/notify-user";
import { formatDateTime } from "../../ui/format";
import { waitlistToNotify } from "../../waitlist/waitlist";
import { inngest } from "../client";

// Seats came free (a cancellation or an expired hold): tell the waitlist, in the order people joined.
export const notifyWaitlist = inngest.createFunction(
  { id: "notify-waitlist", retries: 4, triggers: [events.bookingCancelled, events.bookingExpired] },
  async ({ event, step }) => {
    const entries = await step.run("pick", async () => (await waitlistToNotify(event.data.departureId)).map((e) => ({ id: e.id, userId: e.userId, seats: e.seats })));
    for (const entry of entries) {
      await step.run(`notify-${entry.id}`, async () => {
        const dep = await db.departure.findUniqueOrThrow({ where: { id: event.data.departureId }, include: { trip: { select: { id: true, title: true } } } });
        const when = formatDateTime(dep.startsAt, dep.timeZone);
        const link = `/trips/${dep.trip.id}`;
        const { emailId } = await notifyUser({
          userId: entry.userId,
          type: "waitlist_seats_free",
          title: `Seats are free: ${dep.trip.title}`,
          body: `${entry.seats} seat${entry.seats === 1 ? " is" : "s are"} now free on ${when}. Book soon: others may be waiting too.`,
          link,
          email: { template: "notice", data: { title: `Seats are free: ${dep.trip.title}`, paragraphs: [`Good news — seats opened up on ${when}, and you were next on the waitlist.`, "Seats go to whoever books first, so book soon."], ctaLabel: "Book now", ctaUrl: `${env().APP_URL}${link}` } },
          dedupeKey: `waitlist:${entry.id}`,
        });
        await db.waitlistEntry.update({ where: { id: entry.id }, data: { notifiedAt: new Date() } });
        if (emailId) await deliverEmail(emailId);
      });
    }
    return { notified: entries.length };
  },
);
