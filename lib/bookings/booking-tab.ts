import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { BookingStatus } from "@prisma/client";

// Which "My bookings" tab a booking belongs to. Pure (no database, no server-only), so the page, the list use case
// and the unit test share the one rule.

export const BOOKING_TABS = ["upcoming", "past", "cancelled"] as const;
export type BookingTab = (typeof BOOKING_TABS)[number];

/**
 * When a departure ends: its start plus the trip's length in days on the departure's own wall clock, so a
 * daylight-saving change in between moves the end by an hour, as it does for the travellers. The same rule completes
 * bookings (lib/bookings/complete-finished-bookings.ts, in SQL).
 */
export function departureEndsAt(startsAt: Date, timeZone: string, durationDays: number): Date {
  return new Date(addDays(new TZDate(startsAt, timeZone), durationDays).getTime());
}

export interface TabbedBooking {
  status: BookingStatus;
  departure: { startsAt: Date; timeZone: string };
  trip: { durationDays: number };
}

/**
 * Cancelled and expired bookings are under Cancelled, whatever their dates; completed ones, and any other whose
 * departure has ended, under Past; the rest (pending or confirmed, the trip not over yet, in progress included) under
 * Upcoming.
 */
export function bookingTab(b: TabbedBooking, now = new Date()): BookingTab {
  if (b.status === "cancelled" || b.status === "expired") return "cancelled";
  if (b.status === "completed") return "past";
  return departureEndsAt(b.departure.startsAt, b.departure.timeZone, b.trip.durationDays) <= now ? "past" : "upcoming";
}

/** `?tab=` as a tab; anything else is the default, Upcoming. */
export function parseBookingTab(value: string | string[] | undefined): BookingTab {
  return BOOKING_TABS.find((t) => t === value) ?? "upcoming";
}
