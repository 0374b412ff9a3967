// A VTIMEZONE for an IANA zone, computed from the runtime's time-zone data (Intl), covering one stretch of time.
// RFC 5545 wants one for every TZID an iCalendar file uses; Google, Apple and Outlook also know IANA names, but a
// strict reader needs the offsets. Each observance is one real transition (no RRULE), so it is exact for the dates
// it covers and never guesses a rule. Pure, no server-only.

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(instant: number, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes east of UTC in `timeZone` at an instant (Lisbon in summer: 60). */
export function utcOffsetMinutes(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A wall-clock time as iCalendar's local DATE-TIME: 20270601T093000. */
export function icsLocal(instant: number, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** +0100, -0330 */
const icsOffset = (minutes: number) =>
  `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/** The offset changes in [from, to], found day by day and then to the minute. */
function transitions(timeZone: string, from: number, to: number) {
  const found: { at: number; before: number; after: number }[] = [];
  let t = from;
  let offset = utcOffsetMinutes(t, timeZone);
  while (t < to) {
    const next = Math.min(t + DAY, to);
    const nextOffset = utcOffsetMinutes(next, timeZone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (utcOffsetMinutes(mid, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, before: offset, after: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return found;
}

/**
 * The VTIMEZONE lines for events between `start` and `end`: the observance in force at `start` (the last change in
 * the year before it, or a fixed offset from 1970 for a zone without one) and every change up to `end`.
 */
export function vtimezone(timeZone: string, start: Date, end: Date): string[] {
  // whole minutes, so the search lands on the minute of each change (zones change on the minute)
  const from = Math.floor((start.getTime() - 366 * DAY) / MINUTE) * MINUTE;
  const changes = transitions(timeZone, from, Math.ceil(end.getTime() / MINUTE) * MINUTE);
  const current = changes.filter((c) => c.at <= start.getTime()).at(-1);
  const shown = changes.filter((c) => c === current || c.at > start.getTime());
  const standard = Math.min(utcOffsetMinutes(from, timeZone), ...changes.map((c) => c.after));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (!current) {
    const offset = icsOffset(utcOffsetMinutes(start.getTime(), timeZone));
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`);
    lines.push("END:STANDARD");
  }
  for (const c of shown) {
    const kind = c.after > standard ? "DAYLIGHT" : "STANDARD";
    // an observance starts at the local time of the change, read on the clock in force before it
    lines.push(`BEGIN:${kind}`, `DTSTART:${icsLocal(c.at + c.before * MINUTE, "UTC")}`);
    lines.push(`TZOFFSETFROM:${icsOffset(c.before)}`, `TZOFFSETTO:${icsOffset(c.after)}`, `END:${kind}`);
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
