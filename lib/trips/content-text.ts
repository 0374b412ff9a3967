// The vendor form edits the trip's content as plain text: the itinerary one day per line ("Title — description",
// optionally "Day 3: …" to skip days), lists one item per line, languages comma-separated. These convert both ways;
// the zod schemas validate what comes out.
import type { ItineraryDay } from "./schemas";

const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

export const listToText = (items: string[]) => items.join("\n");
export const textToList = (text: string | undefined) => lines(text);

export const languagesToText = (codes: string[]) => codes.join(", ");
export const textToLanguages = (text: string | undefined) =>
  (text ?? "")
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Days numbered 1, 2, 3… are written without their number; any other day keeps a "Day n:" prefix. */
export function itineraryToText(days: ItineraryDay[]) {
  return days
    .map((d, i) => {
      const prefix = d.day === i + 1 ? "" : `Day ${d.day}: `;
      return `${prefix}${d.title}${d.description ? ` — ${d.description}` : ""}`;
    })
    .join("\n");
}

/** A line is "Title — description" (an em dash, or " - "); a "Day n:" prefix sets its day, else it follows the last. */
export function textToItinerary(text: string | undefined) {
  let day = 0;
  return lines(text).map((line) => {
    const numbered = /^day\s+(\d{1,3})\s*[:.]\s*/i.exec(line);
    day = numbered ? Number(numbered[1]) : day + 1;
    const rest = numbered ? line.slice(numbered[0].length) : line;
    const dash = /\s*(?:—|\s-\s)\s*/.exec(rest);
    const title = dash ? rest.slice(0, dash.index) : rest;
    const description = dash ? rest.slice(dash.index + dash[0].length) : "";
    return { day, title, description };
  });
}

/** The trip's stored content as the vendor form's text fields. */
export function contentFormValues(trip: {
  itinerary: ItineraryDay[];
  meetingPoint: string | null;
  included: string[];
  notIncluded: string[];
  maxGroupSize: number | null;
  languages: string[];
}) {
  return {
    itinerary: itineraryToText(trip.itinerary),
    meetingPoint: trip.meetingPoint ?? "",
    included: listToText(trip.included),
    notIncluded: listToText(trip.notIncluded),
    maxGroupSize: trip.maxGroupSize === null ? "" : String(trip.maxGroupSize),
    languages: languagesToText(trip.languages),
  };
}
