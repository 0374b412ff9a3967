// The vendor form edits the trip's content as plain text: the itinerary one day per line ("Title — description",
// optionally "Day 3: …" to skip days; read back by itinerary-lines.ts), lists one item per line, languages as
// comma-separated codes (the language picker's hidden field). The zod schemas validate what comes out.
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
