import { Combobox } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_SEATS_PER_BOOKING } from "@/lib/bookings/limits";
import { plural } from "@/lib/text/plural";
import type { SearchOption } from "@/lib/text/filter-options";
import type { SearchParam } from "@/lib/trips/search-params";

export type FilterValues = Partial<
  Record<"q" | "destination" | "from" | "to" | "seats" | "sort" | "min" | "max", string>
>;
/** a published destination as the catalogue counts it (lib/trips/list-featured-trips.ts `listDestinations`) */
export interface DestinationCount {
  city: string;
  country: string;
  trips: number;
}
type InvalidProps = (param: SearchParam) => { "aria-invalid"?: boolean; "aria-describedby"?: string };

/** Lisbon, shown with "Portugal · 3 trips" and found by "portugal" too; the city is what the search filters by. */
export function destinationOptions(destinations: readonly DestinationCount[]): SearchOption[] {
  return destinations.map((d) => ({
    value: d.city,
    label: d.city,
    detail: `${d.country} · ${plural(d.trips, "trip")}`,
    keywords: [d.country],
  }));
}

/**
 * The search page's filters (destination, dates, travellers, sort, price). Rendered inline from md up and again inside
 * the phone's filter sheet, so `idPrefix` keeps the two copies' ids apart. The destination is a combobox suggesting
 * the published destinations; any typed place is still sent (a city or a country), so it works without JavaScript.
 */
export function SearchFilterFields({
  values: sp,
  invalidProps: problem,
  destinations,
  idPrefix = "",
}: {
  values: FilterValues;
  invalidProps: InvalidProps;
  destinations: SearchOption[];
  idPrefix?: string;
}) {
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <div className="grid gap-1.5 md:col-span-2">
        <Label htmlFor={id("destination")}>Destination</Label>
        <Combobox
          id={id("destination")}
          name="destination"
          options={destinations}
          defaultValue={sp.destination}
          placeholder="Any city or country"
          listLabel="Suggested places"
          noun="destination"
          {...problem("destination")}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={id("from")}>From</Label>
        <Input id={id("from")} name="from" type="date" defaultValue={sp.from} {...problem("from")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={id("to")}>To</Label>
        <Input id={id("to")} name="to" type="date" defaultValue={sp.to} {...problem("to")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={id("seats")}>Travellers</Label>
        <Input
          id={id("seats")}
          name="seats"
          type="number"
          min={1}
          max={MAX_SEATS_PER_BOOKING}
          defaultValue={sp.seats}
          placeholder="Any"
          {...problem("seats")}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={id("sort")}>Sort by</Label>
        <select
          id={id("sort")}
          name="sort"
          defaultValue={sp.sort ?? ""}
          className="h-9 rounded-md border border-input bg-background px-2 text-sm"
        >
          <option value="">{sp.q ? "Best match" : "Soonest"}</option>
          <option value="soonest">Soonest departure</option>
          <option value="price_asc">Price: low to high</option>
          <option value="price_desc">Price: high to low</option>
          <option value="rating">Top rated</option>
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={id("min")}>Min price ($)</Label>
        <Input
          id={id("min")}
          name="min"
          inputMode="decimal"
          defaultValue={sp.min}
          placeholder="0"
          {...problem("min")}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={id("max")}>Max price ($)</Label>
        <Input
          id={id("max")}
          name="max"
          inputMode="decimal"
          defaultValue={sp.max}
          placeholder="Any"
          {...problem("max")}
        />
      </div>
    </>
  );
}
