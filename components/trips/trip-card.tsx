import { CalendarDays, Clock, MapPin, Star } from "@/components/ui/icons";
import Image from "next/image";
import Link from "next/link";
import { formatDate, formatMoney } from "@/lib/format";
import { tripRating } from "@/lib/reviews/rules";
import { plural } from "@/lib/text/plural";
import { servedAsIs } from "@/lib/trips/image-src";

export interface TripCardData {
  id: string;
  title: string;
  city: string;
  country: string;
  pricePerSeat: number;
  currency: string;
  durationDays: number;
  images: string[];
  nextDeparture?: { startsAt: Date; timeZone: string } | null;
  operator?: string | null;
  seatsLeft?: number;
  /** the trip's review totals (search rows and trip rows carry them) */
  ratingSum?: number;
  ratingCount?: number;
}

/** `preload`: the first card above the fold, whose photo is the page's largest paint — fetched early, not lazily. */
export function TripCard({ trip, preload = false }: { trip: TripCardData; preload?: boolean }) {
  const rating = tripRating({ ratingSum: trip.ratingSum ?? 0, ratingCount: trip.ratingCount ?? 0 });
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-xl border bg-card shadow-sm transition-shadow focus-within:ring-[3px] focus-within:ring-ring/50 hover:shadow-md">
      <div className="relative aspect-[4/3] overflow-hidden bg-muted">
        {trip.images[0] ? (
          <Image
            src={trip.images[0]}
            unoptimized={servedAsIs(trip.images[0])}
            alt=""
            fill
            preload={preload}
            sizes="(min-width: 1024px) 280px, (min-width: 640px) 45vw, 100vw"
            className="object-cover transition-transform duration-300 group-hover:scale-105"
          />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="flex items-center gap-1 text-xs text-muted-foreground">
          <MapPin className="size-3.5" aria-hidden /> {trip.city}, {trip.country}
        </p>
        <h3 className="leading-snug font-semibold">
          <Link href={`/trips/${trip.id}`} className="outline-none after:absolute after:inset-0">
            {trip.title}
          </Link>
        </h3>
        {trip.operator ? <p className="text-xs text-muted-foreground">by {trip.operator}</p> : null}
        <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-1 pt-2 text-xs text-muted-foreground">
          <span className="flex items-center gap-1">
            <Clock className="size-3.5" aria-hidden /> {plural(trip.durationDays, "day")}
          </span>
          {rating.average !== null ? (
            <span className="flex items-center gap-1">
              <Star className="size-3.5 fill-current text-amber-600" aria-hidden />
              <span className="sr-only">Rated </span>
              {rating.average.toFixed(1)}
              <span className="sr-only"> out of 5 from {plural(rating.count, "review")}</span>
              <span aria-hidden>({rating.count})</span>
            </span>
          ) : null}
          {trip.nextDeparture ? (
            <span className="flex items-center gap-1">
              <CalendarDays className="size-3.5" aria-hidden /> Next:{" "}
              {formatDate(trip.nextDeparture.startsAt, trip.nextDeparture.timeZone)}
            </span>
          ) : null}
        </div>
        {trip.seatsLeft !== undefined && trip.seatsLeft <= 3 ? (
          <p className="text-xs font-medium text-destructive">Only {plural(trip.seatsLeft, "seat")} left</p>
        ) : null}
        <p className="text-sm">
          <span className="text-base font-semibold">{formatMoney(trip.pricePerSeat, trip.currency)}</span>{" "}
          <span className="text-muted-foreground">per seat</span>
        </p>
      </div>
    </article>
  );
}
