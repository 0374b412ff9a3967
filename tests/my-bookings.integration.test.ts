// listMyBookings: the traveller's own bookings split into the Upcoming / Past / Cancelled tabs of My bookings.
import { expect, test } from "vitest";
import type { BookingStatus } from "@prisma/client";
import { listMyBookings } from "@/lib/bookings/list-my-bookings";
import { db } from "@/lib/db";
import { makeDeparture, makeTravellers } from "./support/catalogue";

const DAY = 86_400_000;

test("each booking is under one tab; cancelled and expired never under Upcoming; someone else's under none", async () => {
  const [me, other] = await makeTravellers(2);
  const soon = await makeDeparture({ startsInDays: 5 });
  const later = await makeDeparture({ startsInDays: 40 });
  // a 2-day trip that started yesterday is under way; one that started 3 days ago has ended
  const underWay = await makeDeparture();
  const ended = await makeDeparture();
  await db.departure.update({ where: { id: underWay.departure.id }, data: { startsAt: new Date(Date.now() - DAY) } });
  await db.departure.update({ where: { id: ended.departure.id }, data: { startsAt: new Date(Date.now() - 3 * DAY) } });

  const make = (userId: string, d: { trip: { id: string }; departure: { id: string } }, status: BookingStatus) =>
    db.booking.create({
      data: {
        userId,
        tripId: d.trip.id,
        departureId: d.departure.id,
        seats: 1,
        unitPrice: 100,
        totalAmount: 100,
        currency: "usd",
        commissionBps: 2000,
        status,
        holdExpiresAt: new Date(Date.now() + 15 * 60_000),
      },
    });
  const b = {
    pendingLater: await make(me.id, later, "pending"),
    confirmedSoon: await make(me.id, soon, "confirmed"),
    confirmedUnderWay: await make(me.id, underWay, "confirmed"),
    cancelledSoon: await make(me.id, soon, "cancelled"),
    expiredLater: await make(me.id, later, "expired"),
    confirmedEnded: await make(me.id, ended, "confirmed"),
    completed: await make(me.id, ended, "completed"),
  };
  await make(other.id, soon, "confirmed");

  const tabs = await listMyBookings(me);
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  // Upcoming soonest first: the trip under way, then 5 days, then 40 days out
  expect(ids(tabs.upcoming)).toEqual([b.confirmedUnderWay.id, b.confirmedSoon.id, b.pendingLater.id]);
  expect(new Set(ids(tabs.past))).toEqual(new Set([b.confirmedEnded.id, b.completed.id]));
  // Cancelled latest departure first
  expect(ids(tabs.cancelled)).toEqual([b.expiredLater.id, b.cancelledSoon.id]);
  expect(tabs.upcoming.every((x) => x.code.startsWith("TRV-"))).toBe(true);
});
