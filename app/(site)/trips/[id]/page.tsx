import { Clock, MapPin, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import Image from "next/image";
import { BookingForm } from "@/components/bookings/booking-form";
import { currentActor } from "@/lib/auth/current-actor";
import { listMyWaitlist } from "@/lib/waitlist/list-my-waitlist";
import { WaitlistButton } from "@/components/bookings/waitlist-button";
import { bookAction } from "./actions";
import { toggleWaitlistAction } from "./waitlist-actions";
import { HOLD_MINUTES, MAX_SEATS_PER_BOOKING } from "@/lib/bookings/schemas";
import { orNotFound } from "@/lib/forms/or-not-found";
import { plural } from "@/lib/text/plural";
import { getTripForViewer } from "@/lib/trips/get-trip";
import { POLICY_TEXT } from "@/lib/trips/policy-text";
import { formatDateTime, formatMoney } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return orNotFound(getTripForViewer(await currentActor(), id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const trip = await load((await params).id);
  return { title: trip.title, description: trip.description.split("\n")[0] };
}

export default async function TripPage({ params }: Props) {
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
      </header>

      <div className="grid gap-2 sm:grid-cols-3 sm:grid-rows-2">
        {trip.images.slice(0, 3).map((src, i) => (
          <div
            key={src}
            className={`relative overflow-hidden rounded-xl bg-muted ${i === 0 ? "aspect-[4/3] sm:col-span-2 sm:row-span-2" : "aspect-[4/3]"}`}
          >
            <Image
              src={src}
              alt={`${trip.title}, photo ${i + 1}`}
              fill
              unoptimized={src.endsWith(".svg")}
              sizes="(min-width: 640px) 60vw, 100vw"
              className="object-cover"
              priority={i === 0}
            />
          </div>
        ))}
      </div>

      <div className="grid gap-10 lg:grid-cols-[1fr_22rem]">
        <div className="grid content-start gap-6">
          <div className="flex flex-wrap gap-4 text-sm">
            <span className="flex items-center gap-1.5">
              <Clock className="size-4 text-muted-foreground" aria-hidden /> {plural(trip.durationDays, "day")}
            </span>
            <span className="flex items-center gap-1.5">
              <ShieldCheck className="size-4 text-muted-foreground" aria-hidden /> {policy.title} cancellation
            </span>
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
          <section aria-labelledby="policy" className="grid gap-2 rounded-xl border bg-muted/40 p-4">
            <h2 id="policy" className="font-semibold">
              Cancellation policy: {policy.title}
            </h2>
            <p className="text-sm text-muted-foreground">
              {policy.text} If the operator cancels, you always get a full refund.
            </p>
          </section>
        </div>

        <aside
          aria-labelledby="departures"
          className="grid content-start gap-4 rounded-xl border bg-card p-5 shadow-sm lg:sticky lg:top-24"
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
              currencyFormat={{ currency: trip.currency }}
              departures={trip.departures.map((d) => ({
                id: d.id,
                label: formatDateTime(d.startsAt, d.timeZone),
                startsAt: d.startsAt.toISOString(),
                timeZone: d.timeZone,
                seatsLeft: d.seatsLeft,
                unitPrice: d.priceOverride ?? trip.pricePerSeat,
                priceLabel: formatMoney(d.priceOverride ?? trip.pricePerSeat, trip.currency),
                special: d.priceOverride !== null,
              }))}
            />
          )}
          <p className="text-xs text-muted-foreground">
            Times are local to {trip.city} ({trip.departures[0]?.timeZone ?? "local time"}).
          </p>
          {full.length > 0 ? (
            <div className="grid gap-2 border-t pt-3">
              <p className="text-sm font-medium">Sold out? Join the waitlist</p>
              <ul className="grid gap-2">
                {full.map((d) => (
                  <li key={d.id} className="flex items-center justify-between gap-2 text-sm">
                    <span>{formatDateTime(d.startsAt, d.timeZone)}</span>
                    {viewer ? (
                      <WaitlistButton
                        tripId={trip.id}
                        departureId={d.id}
                        label={formatDateTime(d.startsAt, d.timeZone)}
                        joined={joined.has(d.id)}
                        toggle={toggleWaitlistAction}
                      />
                    ) : (
                      <a
                        href={`/login?callbackUrl=${encodeURIComponent(`/trips/${trip.id}`)}`}
                        className="text-primary hover:underline"
                      >
                        Log in to join
                      </a>
                    )}
                  </li>
                ))}
              </ul>
              <p className="text-xs text-muted-foreground">
                We tell waitlisted travellers in the order they joined when seats free up.
              </p>
            </div>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
