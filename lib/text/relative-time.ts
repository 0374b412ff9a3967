// How long ago something happened, for notification lists: "just now", "5 minutes ago", "yesterday", "3 weeks ago".
// Intl.RelativeTimeFormat words it (numeric: "auto" gives "yesterday" rather than "1 day ago"); the exact moment
// goes next to it with absoluteTime, in a <time> element's title.

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// largest unit first; a month is 30 days and a year 365 here: close enough for "how long ago"
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * DAY],
  ["month", 30 * DAY],
  ["week", 7 * DAY],
  ["day", DAY],
  ["hour", HOUR],
  ["minute", MINUTE],
];

export function relativeTime(date: Date, now: Date = new Date(), locale = "en-US"): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  // under a minute either way (a server clock slightly ahead of the browser's included)
  if (Math.abs(seconds) < MINUTE) return "just now";
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? UNITS[UNITS.length - 1];
  // whole units that have passed: 119 minutes is "1 hour ago", never a rounded-up "2 hours ago"
  return format.format(Math.trunc(seconds / size), unit);
}

/** "Jun 1, 2027, 9:30 AM": the exact moment, in the viewer's time zone unless one is given. */
export function absoluteTime(date: Date, timeZone?: string, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
