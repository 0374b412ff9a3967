import { describe, expect, test } from "vitest";
import { bookingTab, departureEndsAt, parseBookingTab, type TabbedBooking } from "./booking-tab";

const now = new Date("2027-06-10T12:00:00Z");
const booking = (status: TabbedBooking["status"], startsAt: string, durationDays = 2): TabbedBooking => ({
  status,
  departure: { startsAt: new Date(startsAt), timeZone: "Europe/Lisbon" },
  trip: { durationDays },
});

describe("My bookings tabs", () => {
  test.each([
    ["pending, departs next month", booking("pending", "2027-07-01T08:00:00Z"), "upcoming"],
    ["confirmed, departs next month", booking("confirmed", "2027-07-01T08:00:00Z"), "upcoming"],
    ["confirmed, trip under way (started yesterday, 2 days)", booking("confirmed", "2027-06-09T12:00:00Z"), "upcoming"],
    ["confirmed, trip ended a minute ago", booking("confirmed", "2027-06-08T11:59:00Z"), "past"],
    ["confirmed, trip ends exactly now", booking("confirmed", "2027-06-08T12:00:00Z"), "past"],
    ["pending, departure long gone", booking("pending", "2027-01-01T08:00:00Z"), "past"],
    ["completed early by the vendor, departure still ahead", booking("completed", "2027-07-01T08:00:00Z"), "past"],
    ["completed", booking("completed", "2027-05-01T08:00:00Z"), "past"],
    ["cancelled, departure ahead (never Upcoming)", booking("cancelled", "2027-07-01T08:00:00Z"), "cancelled"],
    ["cancelled, departure gone", booking("cancelled", "2027-05-01T08:00:00Z"), "cancelled"],
    ["expired hold", booking("expired", "2027-07-01T08:00:00Z"), "cancelled"],
  ])("%s → %s", (_, b, tab) => {
    expect(bookingTab(b, now)).toBe(tab);
  });

  test("a trip's end is on the departure's wall clock across a daylight-saving change", () => {
    // 09:00 in Lisbon on 27 March 2027 (UTC+0); two days later it is 09:00 summer time (UTC+1)
    expect(departureEndsAt(new Date("2027-03-27T09:00:00Z"), "Europe/Lisbon", 2).toISOString()).toBe(
      "2027-03-29T08:00:00.000Z",
    );
    expect(departureEndsAt(new Date("2027-06-01T09:00:00Z"), "Asia/Tokyo", 3).toISOString()).toBe(
      "2027-06-04T09:00:00.000Z",
    );
  });

  test.each([
    ["past", "past"],
    ["cancelled", "cancelled"],
    ["upcoming", "upcoming"],
    [undefined, "upcoming"],
    ["Past", "upcoming"],
    [["past", "cancelled"], "upcoming"],
  ] as const)("?tab=%j → %s", (value, tab) => {
    expect(parseBookingTab(value as string | string[] | undefined)).toBe(tab);
  });
});
