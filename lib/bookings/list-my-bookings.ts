import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { type BookingTab, bookingTab } from "./booking-tab";

/** A traveller has a few dozen bookings at most; past this many the oldest departures are left out. */
const MAX = 500;

/**
 * The traveller's own bookings by "My bookings" tab: Upcoming soonest first, Past and Cancelled latest first. The
 * counts are the lengths of the three lists.
 */
export async function listMyBookings(actor: Actor, now = new Date()) {
  const bookings = await db.booking.findMany({
    where: { userId: actor.id },
    include: {
      trip: { select: { id: true, title: true, city: true, country: true, images: true, durationDays: true } },
      departure: { select: { startsAt: true, timeZone: true } },
    },
    orderBy: [{ departure: { startsAt: "desc" } }, { createdAt: "desc" }],
    take: MAX,
  });
  const tabs: Record<BookingTab, typeof bookings> = { upcoming: [], past: [], cancelled: [] };
  for (const b of bookings) tabs[bookingTab(b, now)].push(b);
  tabs.upcoming.reverse();
  return tabs;
}

export type MyBooking = Awaited<ReturnType<typeof listMyBookings>>[BookingTab][number];
