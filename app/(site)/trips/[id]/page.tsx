import { Clock, MapPin, ShieldCheck } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { BookingForm } from "@/components/bookings/booking-form";
import { currentActor } from "@/lib/auth/current-actor";
import { listMyWaitlist } from "@/lib/waitlist/list-my-waitlist";
import { WaitlistButton } from "@/components/bookings/waitlist-button";
import { Button } from "@/components/ui/button";
import { bookAction } from "./actions";
import { toggleWaitlistAction } from "./waitlist-actions";
import { hideReviewAction, showReviewAction } from "./review-actions";
import { RatingSummary } from "@/components/reviews/rating-summary";
import { TripReviews } from "@/components/reviews/trip-reviews";
import { tripRating } from "@/lib/reviews/rules";
import { bookableSeats, HOLD_MINUTES, MAX_SEATS_PER_BOOKING } from "@/lib/bookings/limits";
import { orNotFound } from "@/lib/forms/or-not-found";
import { plural } from "@/lib/text/plural";
import { getTripForViewer } from "@/lib/trips/get-trip";
import { formatDepartureDates } from "@/lib/trips/departure-dates";
import { POLICY_TEXT } from "@/lib/trips/policy-text";
import { tripMetadata } from "@/lib/trips/trip-metadata";
import { storedItinerary } from "@/lib/trips/trip-dto";
import { TripContent, TripFacts } from "@/components/trips/trip-content";
import { TripGallery } from "@/components/trips/trip-gallery";
import { OperatorCard } from "@/components/trips/operator-card";
import { getOperatorSummary } from "@/lib/vendors/get-operator";
import { env } from "@/lib/env";
import { formatDateTime, formatMoney, seatTotals } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return orNotFound(getTripForViewer(await currentActor(), id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tripMetadata(await load((await params).id), env().APP_URL);
}

export default async function TripPage({
  params,
  searchParams,
}: Props & { searchParams: Promise<{ reviews?: string }> }) {
  const trip = await load((await params).id);
  const viewer = await currentActor();
  const full = trip.departures.filter((d) => d.seatsLeft === 0);
  const joined = new Set(viewer && full.length ? (await listMyWaitlist(viewer)).map((e) => e.departureId) : []);
  const policy = POLICY_TEXT[trip.cancellationPolicy];
  return (
    <article className="grid gap-8 py-10">
      <header className="grid gap-2">
        <p className="flex items-center gap-1 text-sm text-muted-foreground">
          <MapPin className="size-4" aria-hidden /> {trip.city}, {trip.country}
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{trip.title}</h1>
        <p className="text-sm text-muted-foreground">
          by {trip.vendor.vendorProfile?.displayName ?? "a Travellr operator"}
        </p>
        <RatingSummary rating={tripRating(trip)} />
      </header>

      <TripGallery title={trip.title} images={trip.images} />

      <div className="grid gap-10 lg:grid-cols-[1fr_22rem]">
        <div className="grid content-start gap-6">
          <div className="flex flex-wrap gap-4 text-sm">
            <span className="flex items-center gap-1.5">
              <Clock className="size-4 text-muted-foreground" aria-hidden /> {plural(trip.durationDays, "day")}
            </span>
            <span className="flex items-center gap-1.5">
              <ShieldCheck className="size-4 text-muted-foreground" aria-hidden /> {policy.title} cancellation
            </span>
            <TripFacts maxGroupSize={trip.maxGroupSize} languages={trip.languages} />
          </div>
          <section aria-labelledby="about" className="grid gap-3">
            <h2 id="about" className="text-xl font-semibold">
              About this trip
            </h2>
            {trip.description.split(/\n\n+/).map((p, i) => (
              <p key={i} className="leading-relaxed text-foreground/90">
                {p}
              </p>
            ))}
          </section>
          <TripContent
            itinerary={storedItinerary(trip.itinerary)}
            meetingPoint={trip.meetingPoint}
            included={trip.included}
            notIncluded={trip.notIncluded}
          />
          <section aria-labelledby="policy" className="grid gap-2 rounded-xl border bg-muted/40 p-4">
            <h2 id="policy" className="font-semibold">
              Cancellation policy: {policy.title}
            </h2>
            <p className="text-sm text-muted-foreground">
              {policy.text} If the operator cancels, you always get a full refund.
            </p>
          </section>
          {trip.vendor.vendorProfile ? (
            <OperatorCard
              id={trip.vendor.id}
              displayName={trip.vendor.vendorProfile.displayName}
              bio={trip.vendor.vendorProfile.bio}
              {...await getOperatorSummary(trip.vendor.id)}
            />
          ) : null}
          <TripReviews
            tripId={trip.id}
            operator={trip.vendor.vendorProfile?.displayName ?? "the operator"}
            shown={Number((await searchParams).reviews) || 1}
            moderate={{ hide: hideReviewAction, show: showReviewAction }}
          />
        </div>

        <aside
          id="book"
          aria-labelledby="departures"
          className="grid scroll-mt-24 content-start gap-4 rounded-xl border bg-card p-5 shadow-sm lg:sticky lg:top-24"
        >
          <p>
            <span className="text-2xl font-semibold">{formatMoney(trip.pricePerSeat, trip.currency)}</span>{" "}
            <span className="text-muted-foreground">per seat</span>
          </p>
          <h2 id="departures" className="font-semibold">
            Upcoming departures
          </h2>
          {trip.departures.length === 0 ? (
            <p className="text-sm text-muted-foreground">No upcoming departures right now.</p>
          ) : (
            <BookingForm
              book={bookAction}
              limits={{ holdMinutes: HOLD_MINUTES, maxSeats: MAX_SEATS_PER_BOOKING }}
              waitlist={Object.fromEntries(
                full.map((d) => [
                  d.id,
                  viewer ? (
                    <WaitlistButton
                      wide
                      tripId={trip.id}
                      departureId={d.id}
                      label={formatDateTime(d.startsAt, d.timeZone)}
                      joined={joined.has(d.id)}
                      toggle={toggleWaitlistAction}
                    />
                  ) : (
                    <Button asChild>
                      <Link href={`/login?callbackUrl=${encodeURIComponent(`/trips/${trip.id}`)}`}>
                        Log in to join the waitlist
                      </Link>
                    </Button>
                  ),
                ]),
              )}
              departures={trip.departures.map((d) => ({
                id: d.id,
                label: formatDateTime(d.startsAt, d.timeZone),
                dates: formatDepartureDates(d.startsAt, trip.durationDays, d.timeZone),
                startsAt: d.startsAt.toISOString(),
                timeZone: d.timeZone,
                seatsLeft: d.seatsLeft,
                priceLabel: formatMoney(d.priceOverride ?? trip.pricePerSeat, trip.currency),
                totals: seatTotals(d.priceOverride ?? trip.pricePerSeat, trip.currency, bookableSeats(d.seatsLeft)),
                special: d.priceOverride !== null,
              }))}
            />
          )}
          <p className="text-xs text-muted-foreground">
            Times are local to {trip.city} ({trip.departures[0]?.timeZone ?? "local time"}).
          </p>
        </aside>
      </div>
      {trip.departures.length > 0 ? (
        // on a phone the booking card is far below the photos and the story: this bar keeps the price and the way
        // to it in reach (sticky, so it stops at the end of the trip and never covers the footer)
        <div className="sticky bottom-0 -mx-4 flex items-center justify-between gap-3 border-t bg-background/95 px-4 py-3 backdrop-blur lg:hidden">
          <p>
            <span className="font-semibold">{formatMoney(trip.pricePerSeat, trip.currency)}</span>{" "}
            <span className="text-sm text-muted-foreground">per seat</span>
          </p>
          <Button asChild>
            <a href="#book">Choose a departure</a>
          </Button>
        </div>
      ) : null}
    </article>
  );
}
