import { Search } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PaginationNav } from "@/components/site/pagination-nav";
import { FilterChips } from "@/components/trips/filter-chips";
import { FilterSheet } from "@/components/trips/filter-sheet";
import { SearchFilterFields, destinationOptions } from "@/components/trips/search-filter-fields";
import { InvalidFilters, problemId } from "@/components/trips/invalid-filters";
import { TripCard } from "@/components/trips/trip-card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { plural } from "@/lib/text/plural";
import { listDestinations } from "@/lib/trips/list-featured-trips";
import type { SearchTripsQuery } from "@/lib/trips/schemas";
import {
  type RawSearchParams,
  type SearchParam,
  type SearchValues,
  activeFilters,
  cleanSearchHref,
  readTripSearch,
  searchHref,
} from "@/lib/trips/search-params";
import { searchTrips } from "@/lib/trips/search-trips";

export const metadata: Metadata = { title: "Explore trips" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 12;

export default async function TripsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  // a GET form sends its blank fields too (?q=lisbon&from=&to=): answer with the clean URL, which works without JS
  const clean = cleanSearchHref("/trips", raw);
  if (clean) redirect(clean);
  const search = readTripSearch(raw, PAGE_SIZE);
  const { query, invalid, values: sp } = search;
  // a refused value stays in its field, marked invalid and described by its line in the alert
  const problem = (param: SearchParam) =>
    invalid.some((i) => i.param === param) ? { "aria-invalid": true, "aria-describedby": problemId(param) } : {};
  // the results are awaited before anything is sent (a search takes milliseconds: README → Performance): a streamed
  // boundary is revealed later than the page's first paint — React batches reveals — and the first card's photo, the
  // page's largest paint, would wait for it
  const [results, destinationList] = await Promise.all([searchTrips(query), listDestinations()]);
  // the destination field's suggestions: cached with the catalogue
  const destinations = destinationOptions(destinationList);
  const filterCount = (["destination", "from", "to", "seats", "sort", "min", "max"] as const).filter(
    (k) => sp[k],
  ).length;

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
            <Input
              id="trip-search"
              name="q"
              defaultValue={sp.q}
              placeholder="Place, activity or title"
              {...problem("q")}
            />
          </div>
          <div className="hidden md:contents">
            <SearchFilterFields values={sp} invalidProps={problem} destinations={destinations} />
          </div>
          <div className="flex items-end gap-2 md:col-span-2 md:justify-end">
            <FilterSheet count={filterCount} keep={{ q: sp.q }} searchInputId="trip-search">
              <SearchFilterFields values={sp} invalidProps={problem} destinations={destinations} idPrefix="sheet-" />
            </FilterSheet>
            <Button asChild variant="ghost" className="hidden md:inline-flex">
              <Link href="/trips">Clear</Link>
            </Button>
            <Button type="submit">
              <Search aria-hidden /> Search
            </Button>
          </div>
        </form>
        <FilterChips filters={activeFilters(search)} />
        <InvalidFilters
          invalid={invalid}
          withoutHref={searchHref(sp, Object.fromEntries(invalid.map((i) => [i.param, undefined])))}
        />
      </div>
      <Results results={results} query={query} values={sp} />
    </div>
  );
}

function Results({
  results,
  query,
  values,
}: {
  results: Awaited<ReturnType<typeof searchTrips>>;
  query: SearchTripsQuery;
  values: SearchValues;
}) {
  const { rows, total } = results;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <section aria-labelledby="results-heading" className="grid gap-6">
      {/* the count is the results' heading, so the cards' h3 titles sit under an h2 */}
      <h2 id="results-heading" className="text-sm font-normal text-muted-foreground" aria-live="polite">
        {plural(total, "trip")}
        {query.q ? ` matching “${query.q}”` : ""}
      </h2>
      {total === 0 ? (
        <div className="rounded-xl border border-dashed p-12 text-center">
          <p className="font-medium">No trips match your search.</p>
          <p className="text-sm text-muted-foreground">Try another place, other dates or fewer filters.</p>
          <Button asChild variant="outline" className="mt-4">
            <Link href="/trips">Show all trips</Link>
          </Button>
        </div>
      ) : rows.length > 0 ? (
        <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {rows.map((t, i) => (
            <TripCard
              key={t.id}
              preload={i === 0}
              trip={{
                ...t,
                nextDeparture: { startsAt: t.nextStartsAt, timeZone: t.nextTimeZone },
                seatsLeft: Number(t.nextSeatsLeft),
              }}
            />
          ))}
        </div>
      ) : null}
      {total > 0 ? (
        <PaginationNav page={query.page} pages={pages} href={(page) => searchHref(values, { page: String(page) })} />
      ) : null}
    </section>
  );
}
