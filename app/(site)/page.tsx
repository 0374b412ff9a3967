import { Search } from "@/components/ui/icons";
import Link from "next/link";
import { FormAlert } from "@/components/forms/form-alert";
import { TripCard } from "@/components/trips/trip-card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { listDestinations, listFeaturedTrips } from "@/lib/trips/list-featured-trips";
import { formatMoney } from "@/lib/format";
import { plural } from "@/lib/text/plural";

export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const [trips, destinations, { denied }] = await Promise.all([listFeaturedTrips(8), listDestinations(), searchParams]);
  return (
    <div className="grid gap-16 py-10">
      {denied ? (
        <div className="-mb-10">
          <FormAlert error="Your account does not have access to that page." />
        </div>
      ) : null}
      <section className="relative overflow-hidden rounded-2xl bg-gradient-to-br from-teal-700 via-cyan-700 to-sky-800 px-6 py-16 text-white sm:px-12">
        <div className="relative z-10 grid max-w-2xl gap-5">
          <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
            Small-group trips, run by the people who live there.
          </h1>
          <p className="text-lg text-white/85">
            Pick a departure, hold your seats and pay securely. Free cancellation on flexible trips.
          </p>
          <form action="/trips" role="search" className="flex max-w-xl gap-2 rounded-xl bg-white p-2 shadow-lg">
            <label htmlFor="home-search" className="sr-only">
              Search trips
            </label>
            <Input
              id="home-search"
              name="q"
              placeholder="Where to? Try “Kyoto” or “glacier”"
              className="border-0 text-foreground shadow-none focus-visible:ring-0"
            />
            <Button type="submit">
              <Search aria-hidden /> Search
            </Button>
          </form>
        </div>
        <svg
          className="absolute right-0 bottom-0 h-full w-2/3 opacity-20"
          viewBox="0 0 400 200"
          preserveAspectRatio="xMaxYMax slice"
          aria-hidden
        >
          <path d="M0 200 L90 80 L150 140 L230 40 L320 150 L400 90 L400 200 Z" fill="white" />
        </svg>
      </section>

      <section aria-labelledby="featured" className="grid gap-6">
        <div className="flex items-end justify-between gap-4">
          <div>
            <h2 id="featured" className="text-2xl font-semibold tracking-tight">
              Departing soon
            </h2>
            <p className="text-muted-foreground">Hand-picked trips with seats on upcoming departures.</p>
          </div>
          <Link href="/trips" className="text-sm font-medium text-primary hover:underline">
            See all trips →
          </Link>
        </div>
        {trips.length === 0 ? (
          <p className="rounded-xl border border-dashed p-10 text-center text-muted-foreground">
            No trips are published yet. Check back soon.
          </p>
        ) : (
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {trips.map((t) => (
              <TripCard
                key={t.id}
                trip={{ ...t, nextDeparture: t.departures[0] ?? null, operator: t.vendor.vendorProfile?.displayName }}
              />
            ))}
          </div>
        )}
      </section>

      {destinations.length > 0 ? (
        <section aria-labelledby="destinations" className="grid gap-6">
          <h2 id="destinations" className="text-2xl font-semibold tracking-tight">
            Destinations
          </h2>
          <ul className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {destinations.map((d) => (
              <li key={`${d.city}-${d.country}`}>
                <Link
                  href={`/trips?destination=${encodeURIComponent(d.city)}`}
                  className="flex items-center justify-between rounded-lg border bg-card px-4 py-3 transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
                >
                  <span>
                    <span className="block font-medium">{d.city}</span>
                    <span className="text-xs text-muted-foreground">
                      {d.country} · {plural(d.trips, "trip")}
                    </span>
                  </span>
                  <span className="text-xs text-muted-foreground">from {formatMoney(d.fromPrice)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
