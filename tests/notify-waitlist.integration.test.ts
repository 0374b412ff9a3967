// The waitlist function through @inngest/test with real steps against the database: the event comes from the
// outbox row the cancellation wrote, so the test also proves the two agree.
import { InngestTestEngine } from "@inngest/test";
import { expect, test } from "vitest";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { events } from "@/lib/events/definitions";
import { joinWaitlist } from "@/lib/waitlist/join-waitlist";
import { notifyWaitlistEntry } from "@/lib/waitlist/notify-waitlist-entry";
import { makeDeparture, makeTravellers } from "./support/catalogue";
import { notifyWaitlist } from "@/lib/inngest/functions/notify-waitlist";

test("freed seats: the waitlisted parties that fit are told once, in the app and by email, and marked notified", async () => {
  const { departure, trip } = await makeDeparture({ capacity: 3 });
  const [holder, a, b, c] = await makeTravellers(4);
  const { booking } = await createBooking(holder, { departureId: departure.id, seats: 3 });
  await joinWaitlist(a, departure.id, 2);
  await joinWaitlist(b, departure.id, 1);
  await joinWaitlist(c, departure.id, 1);
  await cancelBooking(holder, booking.id);

  const row = await db.eventOutbox.findUniqueOrThrow({ where: { eventId: `booking/cancelled:${booking.id}` } });
  const { result } = await new InngestTestEngine({ function: notifyWaitlist }).execute({
    events: [{ name: row.name, data: events.bookingCancelled.schema.parse(row.data) }],
  });
  expect(result).toEqual({ notified: 2 });

  const notes = await db.notification.findMany({
    where: { type: "waitlist_seats_free", userId: { in: [a.id, b.id, c.id] } },
  });
  expect(notes.map((n) => n.userId).sort()).toEqual([a.id, b.id].sort());
  expect(notes.find((n) => n.userId === a.id)).toMatchObject({
    title: `Seats are free: ${trip.title}`,
    link: `/trips/${trip.id}`,
    body: expect.stringMatching(/^2 seats are now free/),
  });
  const emails = await db.emailOutbox.findMany({
    where: { userId: { in: [a.id, b.id] }, dedupeKey: { startsWith: "waitlist:" } },
  });
  expect(emails.map((e) => e.status)).toEqual(["sent", "sent"]);
  const entries = await db.waitlistEntry.findMany({
    where: { departureId: departure.id },
    orderBy: { createdAt: "asc" },
  });
  expect(entries.map((e) => e.notifiedAt !== null)).toEqual([true, true, false]);
});

test("an entry removed after the pick is skipped", async () => {
  expect(await notifyWaitlistEntry("no-such-entry")).toEqual({ notified: false });
});
