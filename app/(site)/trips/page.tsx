import { Search } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { TripCard } from "@/components/trips/trip-card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { BrowseTripsQuery, browseTrips } from "@/lib/trips/browse-trips";

export const metadata: Metadata = { title: "Explore trips" };

export default async function TripsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = BrowseTripsQuery.parse(await searchParams);
  const { trips, total, page, pages } = await browseTrips(query);
  const link = (p: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.destination) params.set("destination", query.destination);
    if (p > 1) params.set("page", String(p));
    const s = params.toString();
    return s ? `/trips?${s}` : "/trips";
  };
  return (
    <div className="grid gap-8 py-10">
      <div className="grid gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">{query.destination ? `Trips in ${query.destination}` : "Explore trips"}</h1>
        <form role="search" className="flex max-w-xl gap-2">
          <label htmlFor="trip-search" className="sr-only">
            Search trips
          </label>
          <Input id="trip-search" name="q" defaultValue={query.q} placeholder="Search by place, activity or title" />
          {query.destination ? <input type="hidden" name="destination" value={query.destination} /> : null}
          <Button type="submit">
            <Search aria-hidden /> Search
          </Button>
        </form>
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {total === 1 ? "1 trip" : `${total} trips`}
          {query.q ? ` matching “${query.q}”` : ""}
          {query.destination ? (
            <>
              {" "}
              · <Link href={query.q ? `/trips?q=${encodeURIComponent(query.q)}` : "/trips"} className="text-primary hover:underline">all destinations</Link>
            </>
          ) : null}
        </p>
      </div>
      {trips.length === 0 ? (
        <div className="rounded-xl border border-dashed p-12 text-center">
          <p className="font-medium">No trips match your search.</p>
          <p className="text-sm text-muted-foreground">Try another place or clear the filters.</p>
          <Button asChild variant="outline" className="mt-4">
            <Link href="/trips">Show all trips</Link>
          </Button>
        </div>
      ) : (
        <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {trips.map((t) => (
            <TripCard key={t.id} trip={{ ...t, nextDeparture: t.departures[0] ?? null, operator: t.vendor.vendorProfile?.displayName }} />
          ))}
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="Pagination" className="flex items-center justify-center gap-2">
          <Button asChild variant="outline" size="sm" aria-disabled={page <= 1} className={page <= 1 ? "pointer-events-none opacity-50" : ""}>
            <Link href={link(page - 1)}>Previous</Link>
          </Button>
          <span className="text-sm text-muted-foreground">
            Page {page} of {pages}
          </span>
          <Button asChild variant="outline" size="sm" aria-disabled={page >= pages} className={page >= pages ? "pointer-events-none opacity-50" : ""}>
            <Link href={link(page + 1)}>Next</Link>
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
