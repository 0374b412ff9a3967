import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";

// A departure stores when it starts; when it ends follows from the trip's length, counted in calendar days where the
// trip happens (the departure's time zone), so a daylight-saving change or the viewer's own zone never moves a day.

/**
 * The last day of the trip: a 3-day trip that starts on Jun 1 is on its third day on Jun 3 (day 1 is the start), and
 * a 1-day trip ends the day it starts. Same time of day as the start, in the departure's zone.
 */
export function departureLastDay(startsAt: Date, durationDays: number, timeZone: string): Date {
  return new Date(addDays(new TZDate(startsAt.getTime(), timeZone), Math.max(0, durationDays - 1)).getTime());
}

/** "Jun 1 – 3, 2027" (or "Jun 1, 2027" for a day trip): the start and end dates in the departure's time zone. */
export function formatDepartureDates(startsAt: Date, durationDays: number, timeZone: string, locale = "en-US"): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  return format.formatRange(startsAt, departureLastDay(startsAt, durationDays, timeZone));
}
