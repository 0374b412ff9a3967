import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_SEATS_PER_BOOKING } from "@/lib/bookings/schemas";
import type { SearchParam } from "@/lib/trips/search-params";

export type FilterValues = Partial<Record<"q" | "from" | "to" | "seats" | "sort" | "min" | "max", string>>;
type InvalidProps = (param: SearchParam) => { "aria-invalid"?: boolean; "aria-describedby"?: string };

/**
 * The search page's filters (dates, travellers, sort, price). Rendered inline from md up and again inside the
 * phone's filter sheet, so `idPrefix` keeps the two copies' ids apart.
 */
export function SearchFilterFields({
  values: sp,
  invalidProps: problem,
  idPrefix = "",
}: {
  values: FilterValues;
  invalidProps: InvalidProps;
  idPrefix?: string;
}) {
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
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
