import "server-only";
import { db } from "../db";
import { deliverEmail } from "../email/deliver-email";
import { env } from "../env";
import { formatDateTime } from "../format";
import { notifyUser } from "../notifications/notify-user";
import { plural } from "../text/plural";

/**
 * Tells one waitlisted traveller that seats came free on their departure, in the app and by email, and marks the
 * entry notified so the next pick passes over it. Idempotent by the entry: a retry re-sends nothing that went out. An
 * entry the traveller removed since it was picked is skipped.
 */
export async function notifyWaitlistEntry(entryId: string) {
  const entry = await db.waitlistEntry.findUnique({
    where: { id: entryId },
    include: { departure: { select: { startsAt: true, timeZone: true, trip: { select: { id: true, title: true } } } } },
  });
  if (!entry) return { notified: false };
  const { trip } = entry.departure;
  const when = formatDateTime(entry.departure.startsAt, entry.departure.timeZone);
  const link = `/trips/${trip.id}`;
  const title = `Seats are free: ${trip.title}`;
  const { emailId } = await notifyUser({
    userId: entry.userId,
    type: "waitlist_seats_free",
    title,
    body: `${plural(entry.seats, "seat is", "seats are")} now free on ${when}. Book soon: others may be waiting too.`,
    link,
    email: {
      template: "notice",
      data: {
        title,
        paragraphs: [
          `Good news — seats opened up on ${when}, and you were next on the waitlist.`,
          "Seats go to whoever books first, so book soon.",
        ],
        ctaLabel: "Book now",
        ctaUrl: `${env().APP_URL}${link}`,
      },
    },
    dedupeKey: `waitlist:${entry.id}`,
  });
  await db.waitlistEntry.update({ where: { id: entry.id }, data: { notifiedAt: new Date() } });
  if (emailId) await deliverEmail(emailId);
  return { notified: true };
}
