import { z } from "zod";

// Strict ISO 8601 dates for every date the API, the forms and the search pages take. `new Date()`/`Date.parse`
// accept too much ("March 7", "2027") and roll impossible dates over (2027-02-30 becomes March 2), so dates are
// read field by field and each field is checked against the calendar.

const MIN_YEAR = 1970;
const MAX_YEAR = 2100;

/** `yyyy-mm-dd`, optionally `Thh:mm[:ss[.sss]]`, optionally `Z` or `±hh:mm` */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** minutes east of UTC; undefined when the text names no offset (a local or date-only value) */
  offsetMinutes: number | undefined;
  hasTime: boolean;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The fields of an ISO 8601 date or date-time, or null when the text is not one or names no real moment (2027-02-30, T25:00). */
export function parseIsoParts(text: string): DateParts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day] = [m[1], m[2], m[3]].map(Number);
  const [hour, minute, second] = [m[4], m[5], m[6]].map((v) => (v === undefined ? 0 : Number(v)));
  const millisecond = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0"));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes: number | undefined;
  if (m[8] === "Z") offsetMinutes = 0;
  else if (m[8] !== undefined) {
    const [oh, om] = m[8].slice(1).split(":").map(Number);
    if (oh > 14 || om > 59) return null;
    offsetMinutes = (m[8][0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return { year, month, day, hour, minute, second, millisecond, offsetMinutes, hasTime: m[4] !== undefined };
}

/** The instant the parts name; a value without an offset is read as UTC. */
export function partsToDate(p: DateParts): Date {
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return new Date(utc - (p.offsetMinutes ?? 0) * 60_000);
}

interface DateOptions {
  minYear?: number;
  maxYear?: number;
  /** require a time of day (a date-time, not a bare date) */
  time?: boolean;
  example?: string;
}

/** The parts of a real date in range, or the message saying what is wrong with the text. */
export function checkIsoDate(
  text: string,
  { minYear = MIN_YEAR, maxYear = MAX_YEAR, time = false, example }: DateOptions = {},
): DateParts | string {
  const parts = parseIsoParts(text);
  if (!parts || (time && !parts.hasTime)) {
    const hint = example ?? (time ? "2027-06-01T09:30 or 2027-06-01T08:30:00Z" : "2027-06-01 or 2027-06-01T08:30:00Z");
    return `must be a real ISO 8601 ${time ? "date-time" : "date"}, e.g. ${hint}`;
  }
  if (parts.year < minYear || parts.year > maxYear) return `must be between ${minYear} and ${maxYear}`;
  return parts;
}

/** A date parameter (`yyyy-mm-dd` or an ISO date-time, UTC unless it names an offset) → Date. */
export const isoDate = (options: DateOptions = {}) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const parts = checkIsoDate(text, options);
      if (typeof parts === "string") {
        ctx.addIssue({ code: "custom", message: parts });
        return z.NEVER;
      }
      return partsToDate(parts);
    });
