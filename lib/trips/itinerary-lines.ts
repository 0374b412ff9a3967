// The vendor form takes the itinerary one day per line. A problem is reported by the line the vendor sees (blank lines
// count), in words that say how to fix it: "Line 3: day 9 is past the trip's 7 days". The checks are the trip schema's
// own (itineraryFor); this only turns an issue's path (itinerary.2.day) into the line that entry came from.
import type { z } from "zod";
import { plural } from "../text/plural";
import { itineraryFor } from "./schemas";

export interface ItineraryLine {
  /** 1-based, counting blank lines, as the textarea shows them */
  line: number;
  day: number;
  title: string;
  description: string;
}

const DAY_PREFIX = /^day\s+(\d+)\s*[:.]\s*/i;
// an em dash, or a hyphen or en dash with spaces around it: "Half-day hike" keeps its hyphen
const SEPARATOR = /\s*(?:—|\s[-–]\s)\s*/;

/** A line is "Title — description"; a "Day n:" prefix sets its day, else it is the day after the previous line's. */
export function itineraryLines(text: string | undefined): ItineraryLine[] {
  const entries: ItineraryLine[] = [];
  let day = 0;
  (text ?? "").split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const numbered = DAY_PREFIX.exec(line);
    day = numbered ? Number(numbered[1]) : day + 1;
    const rest = numbered ? line.slice(numbered[0].length) : line;
    const dash = SEPARATOR.exec(rest);
    const title = dash ? rest.slice(0, dash.index) : rest;
    const description = dash ? rest.slice(dash.index + dash[0].length) : "";
    entries.push({ line: i + 1, day, title, description });
  });
  return entries;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What is wrong with one entry, said for its line. */
function problem(issue: z.core.$ZodIssue, entry: ItineraryLine, entries: ItineraryLine[]) {
  const field = issue.path[1];
  if (field === "title" && issue.code === "too_big")
    return `the title has ${entry.title.length} characters; keep it to ${issue.maximum} and put the rest after “ — ”`;
  if (field === "title") return `write it as “Day ${entry.day}: Title — description”`;
  const repeats = issue.code === "custom" ? issue.params?.repeats : undefined;
  if (typeof repeats === "number") return `day ${entry.day} is already on line ${entries[repeats]?.line}`;
  return lowerFirst(issue.message);
}

/** Every line's problem is listed up to this many; the rest are named by number so none goes unmentioned. */
const SHOWN = 6;

/** "Line 2: …" for each line with a problem (its first), in line order; issues of the whole list come first. */
export function itineraryLineErrors(issues: readonly z.core.$ZodIssue[], entries: ItineraryLine[]): string[] {
  const whole: string[] = [];
  const byLine = new Map<number, string>();
  for (const issue of issues) {
    const index = issue.path[0];
    const entry = typeof index === "number" ? entries[index] : undefined;
    if (!entry) whole.push(issue.message);
    else if (!byLine.has(entry.line)) byLine.set(entry.line, `Line ${entry.line}: ${problem(issue, entry, entries)}`);
  }
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const shown = lines.slice(0, SHOWN).map((line) => byLine.get(line)!);
  const more = lines.slice(SHOWN);
  if (more.length > 0) shown.push(`${plural(more.length, "more line")} to fix: ${more.join(", ")}`);
  return [...whole, ...shown];
}

/**
 * The form's itinerary text as the schema's days, with a line-numbered message for each problem. `durationDays` is the
 * trip's length as typed (undefined when it is not a number: that field has its own error).
 */
export function readItinerary(text: string | undefined, durationDays?: number) {
  const entries = itineraryLines(text);
  const days = entries.map(({ day, title, description }) => ({ day, title, description }));
  const checked = itineraryFor(durationDays).safeParse(days);
  return { days, errors: checked.success ? [] : itineraryLineErrors(checked.error.issues, entries) };
}
