import { Check, ExternalLink, Languages, MapPin, Users, X } from "@/components/ui/icons";
import type { ItineraryDay } from "@/lib/trips/schemas";

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** "English, Portuguese" from ISO 639-1 codes. */
export const languageNames = (codes: string[]) => codes.map((c) => LANGUAGE_NAMES.of(c) ?? c).join(", ");

/** An OpenStreetMap search needs no API key and opens on any device. */
export const mapsUrl = (place: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(place)}`;

/** Group size and languages, shown with the trip's other facts near the top of the page. */
export function TripFacts({ maxGroupSize, languages }: { maxGroupSize: number | null; languages: string[] }) {
  return (
    <>
      {maxGroupSize ? (
        <span className="flex items-center gap-1.5">
          <Users className="size-4 text-muted-foreground" aria-hidden /> Up to {maxGroupSize} travellers
        </span>
      ) : null}
      {languages.length > 0 ? (
        <span className="flex items-center gap-1.5">
          <Languages className="size-4 text-muted-foreground" aria-hidden /> Guided in {languageNames(languages)}
        </span>
      ) : null}
    </>
  );
}

type ContentProps = {
  itinerary: ItineraryDay[];
  meetingPoint: string | null;
  included: string[];
  notIncluded: string[];
};

/** The itinerary, the meeting point and what the price covers; sections without content are left out. */
export function TripContent({ itinerary, meetingPoint, included, notIncluded }: ContentProps) {
  return (
    <>
      {itinerary.length > 0 ? (
        <section aria-labelledby="itinerary" className="grid gap-3">
          <h2 id="itinerary" className="text-xl font-semibold">
            Itinerary
          </h2>
          <ol className="grid gap-4 border-l-2 border-muted pl-5">
            {itinerary.map((d) => (
              <li key={d.day} className="grid gap-1">
                <h3 className="font-medium">
                  <span className="text-muted-foreground">Day {d.day}:</span> {d.title}
                </h3>
                {d.description ? <p className="text-sm leading-relaxed text-foreground/90">{d.description}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {meetingPoint ? (
        <section aria-labelledby="meeting-point" className="grid gap-2">
          <h2 id="meeting-point" className="text-xl font-semibold">
            Meeting point
          </h2>
          <p className="flex items-start gap-1.5">
            <MapPin className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden /> {meetingPoint}
          </p>
          <a
            href={mapsUrl(meetingPoint)}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex w-fit items-center gap-1 text-sm font-medium text-primary underline underline-offset-4"
          >
            Open in maps <span className="sr-only">(OpenStreetMap, opens in a new tab)</span>
            <ExternalLink className="size-3.5" aria-hidden />
          </a>
        </section>
      ) : null}
      {included.length > 0 || notIncluded.length > 0 ? (
        <div className="grid gap-6 sm:grid-cols-2">
          <ItemList id="included" title="What's included" items={included} included />
          <ItemList id="not-included" title="Not included" items={notIncluded} included={false} />
        </div>
      ) : null}
    </>
  );
}

function ItemList({ id, title, items, included }: { id: string; title: string; items: string[]; included: boolean }) {
  if (items.length === 0) return null;
  const Icon = included ? Check : X;
  return (
    <section aria-labelledby={id} className="grid content-start gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="grid gap-1.5 text-sm">
        {items.map((item) => (
          <li key={item} className="flex items-start gap-2">
            <Icon
              className={`mt-0.5 size-4 shrink-0 ${included ? "text-emerald-700" : "text-muted-foreground"}`}
              aria-hidden
            />
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
}
