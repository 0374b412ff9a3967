// Trip page content for the demo catalogue: a meeting point and guide languages per destination, and an itinerary,
// inclusions and group size generated from each trip's length and summary.
import type { Prisma } from "@prisma/client";
import type { DestinationSeed } from "./seed-data";

const PLACES: Record<string, { meetingPoint: string; languages: string[] }> = {
  lisbon: { meetingPoint: "Praça do Comércio, by the Arco da Rua Augusta, Lisbon", languages: ["en", "pt"] },
  reykjavik: { meetingPoint: "Hallgrímskirkja, Hallgrímstorg 1, Reykjavik", languages: ["en", "is"] },
  kyoto: { meetingPoint: "Kyoto Station, Central Exit (Karasuma side)", languages: ["en", "ja"] },
  cusco: { meetingPoint: "Plaza de Armas, in front of the Cathedral, Cusco", languages: ["en", "es"] },
  "cape-town": { meetingPoint: "V&A Waterfront Clock Tower, Cape Town", languages: ["en", "af"] },
  queenstown: { meetingPoint: "Steamer Wharf, Beach Street, Queenstown", languages: ["en"] },
  marrakech: { meetingPoint: "Café de France, Jemaa el-Fnaa, Marrakech", languages: ["en", "fr", "ar"] },
  banff: { meetingPoint: "Banff Visitor Centre, 224 Banff Avenue, Banff", languages: ["en", "fr"] },
  hanoi: { meetingPoint: "Hoan Kiem Lake, Ngoc Son Temple gate, Hanoi", languages: ["en", "vi"] },
  santorini: { meetingPoint: "Fira bus station, Santorini", languages: ["en", "el"] },
  "el-chalten": { meetingPoint: "El Chaltén bus terminal, Avenida San Martín", languages: ["en", "es"] },
  ubud: { meetingPoint: "Ubud Palace (Puri Saren Agung), Jalan Raya Ubud", languages: ["en", "id"] },
};

type TripSeed = DestinationSeed["trips"][number];

/** Day 1 arrives, the last day says goodbye, and the days between follow the trip's summary. */
function itinerary(trip: TripSeed, city: string) {
  // the summary's parts as written ("tascas in Alfama", "Pena Palace at opening time"); titles start upper-case
  const parts = trip.summary.split(/, | and /);
  const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return Array.from({ length: trip.days }, (_, i) => {
    const day = i + 1;
    const part = parts[i % parts.length];
    if (trip.days === 1) return { day, title: title(part), description: `A full day in ${city}: ${trip.summary}.` };
    if (day === 1) return { day, title: `Welcome to ${city}`, description: `Meet your guide and group, then ${part}.` };
    if (day === trip.days)
      return { day, title: "Farewell", description: `A free morning in ${city} before goodbyes at the meeting point.` };
    return { day, title: title(part), description: "A guided day, with the afternoon free to explore on your own." };
  });
}

export function tripContent(trip: TripSeed, dest: DestinationSeed, index: number) {
  const place = PLACES[dest.slug] ?? { meetingPoint: `${dest.city} city centre`, languages: ["en"] };
  const overnight = trip.days > 1;
  return {
    itinerary: itinerary(trip, dest.city) satisfies Prisma.InputJsonValue,
    meetingPoint: place.meetingPoint,
    included: [
      "A local guide throughout",
      "All activities listed in the itinerary",
      ...(overnight ? ["Accommodation and breakfasts"] : []),
      "Entrance fees and local transport",
    ],
    notIncluded: ["Flights", "Travel insurance", ...(overnight ? ["Lunches and dinners unless stated"] : [])],
    maxGroupSize: [8, 10, 12, 16][index % 4],
    languages: place.languages,
  };
}
