import { describe, expect, test } from "vitest";
import { bookingCalendar, type CalendarBooking, escapeText, foldLine } from "./booking-calendar";
import { utcOffsetMinutes, vtimezone } from "./ics-timezone";

const base: CalendarBooking = {
  bookingId: "cmb123",
  code: "TRV-7K3M9Q",
  status: "confirmed",
  title: "Cliffs, caves; and coves",
  city: "Faro",
  country: "Portugal",
  // 09:30 in Lisbon (UTC+1 in summer)
  startsAt: new Date("2027-06-01T08:30:00Z"),
  timeZone: "Europe/Lisbon",
  durationDays: 2,
  seats: 2,
  vendorName: "Algarve Walks",
  url: "https://travellr.example/bookings/cmb123",
};
const now = new Date("2027-05-01T10:11:12.345Z");
/** The content lines, unfolded (a CRLF followed by a space continues the line before). */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").replace(/\r\n$/, "").split("\r\n");

describe("escaping and folding", () => {
  test.each([
    ["plain", "plain"],
    ["Faro, Portugal", "Faro\\, Portugal"],
    ["a;b", "a\\;b"],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines\r\nand\rmore", "two\\nlines\\nand\\nmore"],
  ])("escapeText(%j) → %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  test.each([
    ["ASCII", "SUMMARY:" + "x".repeat(200)],
    ["two-byte letters", "SUMMARY:" + "é".repeat(100)],
    ["emoji (four bytes)", "SUMMARY:" + "🏔️ trek ".repeat(20)],
    ["exactly 75 octets", "S".repeat(75)],
  ])("%s: every physical line is at most 75 octets and unfolding gives the line back", (_, line) => {
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded.includes("\r\n")).toBe(Buffer.byteLength(line) > 75);
  });
});

describe("the booking's calendar event", () => {
  test("one event in the departure's time zone, with its VTIMEZONE, CRLF line ends and escaped text", () => {
    const ics = bookingCalendar(base, { now });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(unfold(ics)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Travellr//Bookings//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Lisbon",
      // the last change before the trip: summer time from 28 March 2027, 01:00 on the winter clock
      "BEGIN:DAYLIGHT",
      "DTSTART:20270328T010000",
      "TZOFFSETFROM:+0000",
      "TZOFFSETTO:+0100",
      "END:DAYLIGHT",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:cmb123@travellr",
      "DTSTAMP:20270501T101112Z",
      "DTSTART;TZID=Europe/Lisbon:20270601T093000",
      "DTEND;TZID=Europe/Lisbon:20270603T093000",
      "SUMMARY:Cliffs\\, caves\\; and coves",
      "LOCATION:Faro\\, Portugal",
      "DESCRIPTION:Booking TRV-7K3M9Q\\n2 seats with Algarve Walks\\nhttps://travellr.example/bookings/cmb123",
      "URL:https://travellr.example/bookings/cmb123",
      "STATUS:CONFIRMED",
      "SEQUENCE:1",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
    // the description line is longer than 75 octets, so the file really folds it
    expect(ics).toContain("\r\n ");
  });

  test("a trip across a daylight-saving change ends at the same wall-clock time, and the change is described", () => {
    // 09:00 on 27 March 2027 in Lisbon (UTC+0); summer time starts the next night
    const ics = unfold(bookingCalendar({ ...base, startsAt: new Date("2027-03-27T09:00:00Z") }, { now }));
    expect(ics).toContain("DTSTART;TZID=Europe/Lisbon:20270327T090000");
    expect(ics).toContain("DTEND;TZID=Europe/Lisbon:20270329T090000");
    const tz = ics.slice(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE") + 1).join("|");
    expect(tz).toContain("BEGIN:STANDARD|DTSTART:20261025T020000|TZOFFSETFROM:+0100|TZOFFSETTO:+0000|END:STANDARD");
    expect(tz).toContain("BEGIN:DAYLIGHT|DTSTART:20270328T010000|TZOFFSETFROM:+0000|TZOFFSETTO:+0100|END:DAYLIGHT");
  });

  test.each([
    ["Asia/Tokyo", ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900"]],
    ["America/St_Johns", ["TZOFFSETFROM:-0330", "TZOFFSETTO:-0230"]],
    ["Australia/Sydney", ["BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000"]],
  ])("%s: the offsets of the zone", (timeZone, expected) => {
    const lines = vtimezone(timeZone, base.startsAt, new Date(base.startsAt.getTime() + 86_400_000));
    expect(lines[1]).toBe(`TZID:${timeZone}`);
    for (const line of expected) expect(lines).toContain(line);
  });

  test.each([
    ["pending", "TENTATIVE", 0],
    ["confirmed", "CONFIRMED", 1],
    ["completed", "CONFIRMED", 1],
    ["cancelled", "CANCELLED", 2],
    ["expired", "CANCELLED", 2],
  ] as const)("%s → STATUS:%s, SEQUENCE:%i", (status, ics, sequence) => {
    const lines = unfold(bookingCalendar({ ...base, status }, { now }));
    expect(lines).toContain(`STATUS:${ics}`);
    expect(lines).toContain(`SEQUENCE:${sequence}`);
  });

  test("offsets east and west of UTC, half hours included", () => {
    expect(utcOffsetMinutes(Date.UTC(2027, 0, 15), "Asia/Kolkata")).toBe(330);
    expect(utcOffsetMinutes(Date.UTC(2027, 6, 15), "America/New_York")).toBe(-240);
    expect(utcOffsetMinutes(Date.UTC(2027, 0, 15), "UTC")).toBe(0);
  });
});
