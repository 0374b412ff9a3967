import { Search } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { TripCard } from "@/components/trips/trip-card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_SEATS_PER_BOOKING } from "@/lib/bookings/schemas";
import { decimalToMinor } from "@/lib/money/decimal";
import { plural } from "@/lib/text/plural";
import { SearchTripsQuery } from "@/lib/trips/schemas";
import { searchTrips } from "@/lib/trips/search-trips";

export const metadata: Metadata = { title: "Explore trips" };
export const dynamic = "force-dynamic";

type Params = Record<string, string | undefined>;
const PAGE_SIZE = 12;
// the price filter is typed in dollars ("Min price ($)"); one that cannot be read is left out
const dollarsToCents = (v?: string) => {
  const cents = v ? decimalToMinor(v, "usd") : null;
  return cents === null ? undefined : String(cents);
};

export default async function TripsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const sp = await searchParams;
  const parsed = SearchTripsQuery.safeParse({
    q: sp.q,
    destination: sp.destination,
    from: sp.from || undefined,
    to: sp.to || undefined,
    minPrice: dollarsToCents(sp.min),
    maxPrice: dollarsToCents(sp.max),
    seats: sp.seats || undefined,
    sort: sp.sort || undefined,
    page: sp.page || undefined,
    limit: PAGE_SIZE,
  });
  const query = parsed.success ? parsed.data : SearchTripsQuery.parse({ limit: PAGE_SIZE });
  const invalid = parsed.success
    ? null
    : Object.entries(parsed.error.flatten().fieldErrors)
        .map(([k, v]) => `${k}: ${v?.[0]}`)
        .join("; ");
  const { rows, total } = await searchTrips(query);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (page: number) => {
    const p = new URLSearchParams(Object.entries(sp).filter(([k, v]) => v && k !== "page") as [string, string][]);
    if (page > 1) p.set("page", String(page));
    return `/trips${p.size ? `?${p}` : ""}`;
  };

  return (
    <div className="grid gap-8 py-10">
      <div className="grid gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">
          {query.destination ? `Trips in ${query.destination}` : "Explore trips"}
        </h1>
        <form
          role="search"
          className="grid gap-3 rounded-xl border bg-card p-4 md:grid-cols-6"
          aria-label="Search and filter trips"
        >
          <div className="grid gap-1.5 md:col-span-2">
            <Label htmlFor="trip-search">Search</Label>
            <Input id="trip-search" name="q" defaultValue={sp.q} placeholder="Place, activity or title" />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="from">From</Label>
            <Input id="from" name="from" type="date" defaultValue={sp.from} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="to">To</Label>
            <Input id="to" name="to" type="date" defaultValue={sp.to} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="seats">Travellers</Label>
            <Input
              id="seats"
              name="seats"
              type="number"
              min={1}
              max={MAX_SEATS_PER_BOOKING}
              defaultValue={sp.seats}
              placeholder="Any"
            />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="sort">Sort by</Label>
            <select
              id="sort"
              name="sort"
              defaultValue={sp.sort ?? ""}
              className="h-9 rounded-md border border-input bg-background px-2 text-sm"
            >
              <option value="">{sp.q ? "Best match" : "Soonest"}</option>
              <option value="soonest">Soonest departure</option>
              <option value="price_asc">Price: low to high</option>
              <option value="price_desc">Price: high to low</option>
            </select>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="min">Min price ($)</Label>
            <Input id="min" name="min" inputMode="numeric" defaultValue={sp.min} placeholder="0" />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="max">Max price ($)</Label>
            <Input id="max" name="max" inputMode="numeric" defaultValue={sp.max} placeholder="Any" />
          </div>
          {sp.destination ? <input type="hidden" name="destination" value={sp.destination} /> : null}
          <div className="flex items-end gap-2 md:col-span-4 md:justify-end">
            <Button asChild variant="ghost">
              <Link href="/trips">Clear</Link>
            </Button>
            <Button type="submit">
              <Search aria-hidden /> Search
            </Button>
          </div>
        </form>
        {invalid ? (
          <p role="alert" className="text-sm text-destructive">
            Some filters were ignored: {invalid}
          </p>
        ) : null}
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {plural(total, "trip")}
          {query.q ? ` matching “${query.q}”` : ""}
        </p>
      </div>
      {rows.length === 0 ? (
        <div className="rounded-xl border border-dashed p-12 text-center">
          <p className="font-medium">No trips match your search.</p>
          <p className="text-sm text-muted-foreground">Try another place, other dates or fewer filters.</p>
          <Button asChild variant="outline" className="mt-4">
            <Link href="/trips">Show all trips</Link>
          </Button>
        </div>
      ) : (
        <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {rows.map((t) => (
            <TripCard
              key={t.id}
              trip={{
                ...t,
                nextDeparture: { startsAt: t.nextStartsAt, timeZone: t.nextTimeZone },
                seatsLeft: Number(t.nextSeatsLeft),
              }}
            />
          ))}
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="Pagination" className="flex items-center justify-center gap-2">
          {query.page > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={link(query.page - 1)}>Previous</Link>
            </Button>
          ) : null}
          <span className="text-sm text-muted-foreground">
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? (
            <Button asChild variant="outline" size="sm">
              <Link href={link(query.page + 1)}>Next</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
