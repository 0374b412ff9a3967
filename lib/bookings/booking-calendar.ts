import type { BookingStatus } from "@prisma/client";
import { plural } from "../text/plural";
import { departureEndsAt } from "./booking-tab";
import { icsLocal, vtimezone } from "./ics-timezone";

// A booking as an iCalendar (RFC 5545) file with one event: in the departure's own time zone (DTSTART;TZID= with the
// IANA name, and a VTIMEZONE computed from it), lines ended by CRLF and folded at 75 octets. Pure, no server-only.

export interface CalendarBooking {
  bookingId: string;
  code: string;
  status: BookingStatus;
  title: string;
  city: string;
  country: string;
  startsAt: Date;
  timeZone: string;
  durationDays: number;
  seats: number;
  vendorName: string;
  /** the booking's page, absolute */
  url: string;
}

// SEQUENCE grows with the lifecycle, so a calendar that imported the pending event takes the confirmed or cancelled one
const STATE: Record<BookingStatus, { status: string; sequence: number }> = {
  pending: { status: "TENTATIVE", sequence: 0 },
  confirmed: { status: "CONFIRMED", sequence: 1 },
  completed: { status: "CONFIRMED", sequence: 1 },
  cancelled: { status: "CANCELLED", sequence: 2 },
  expired: { status: "CANCELLED", sequence: 2 },
};

/** TEXT values escape backslash, semicolon and comma, and write line breaks as \n (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds a content line longer than 75 octets (UTF-8) into continuation lines that start with one space (§3.1),
 * never inside a multi-byte character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export function bookingCalendar(b: CalendarBooking, { now = new Date() } = {}): string {
  const endsAt = departureEndsAt(b.startsAt, b.timeZone, b.durationDays);
  const state = STATE[b.status];
  const description = [`Booking ${b.code}`, `${plural(b.seats, "seat")} with ${b.vendorName}`, b.url].join("\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Travellr//Bookings//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...vtimezone(b.timeZone, b.startsAt, endsAt),
    "BEGIN:VEVENT",
    `UID:${b.bookingId}@travellr`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${b.timeZone}:${icsLocal(b.startsAt.getTime(), b.timeZone)}`,
    `DTEND;TZID=${b.timeZone}:${icsLocal(endsAt.getTime(), b.timeZone)}`,
    `SUMMARY:${escapeText(b.title)}`,
    `LOCATION:${escapeText(`${b.city}, ${b.country}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${b.url}`,
    `STATUS:${state.status}`,
    `SEQUENCE:${state.sequence}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
