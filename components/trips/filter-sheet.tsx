"use client";

import { SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import type * as React from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

/**
 * On a phone the filters live behind a "Filters (n)" button, in a sheet holding its own GET form (the page's inline
 * filters are hidden there). `keep` carries the search words along, so applying filters keeps them.
 */
export function FilterSheet({
  count,
  keep,
  searchInputId,
  children,
}: {
  count: number;
  keep: Record<string, string | undefined>;
  /** the page's search box, whose current words the sheet submits as `q` */
  searchInputId?: string;
  children: React.ReactNode;
}) {
  return (
    // hidden by a wrapper, not a className on the Button: the Button then renders without merging classes (lib/ui/cn.ts)
    <div className="flex md:hidden">
      <Sheet>
        <SheetTrigger asChild>
          <Button type="button" variant="outline">
            <SlidersHorizontal aria-hidden /> Filters{count > 0 ? ` (${count})` : ""}
          </Button>
        </SheetTrigger>
        <SheetContent side="right">
          <SheetTitle>Filters</SheetTitle>
          <SheetDescription>Destination, dates, travellers, price and order of the results.</SheetDescription>
          <form
            role="search"
            aria-label="Filter trips"
            action="/trips"
            className="grid gap-4"
            onSubmit={(event) => {
              // words typed into the page's search box but not searched yet go along with the filters
              const typed = searchInputId ? document.getElementById(searchInputId) : null;
              const q = event.currentTarget.elements.namedItem("q");
              if (typed instanceof HTMLInputElement && q instanceof HTMLInputElement) q.value = typed.value;
            }}
          >
            <input type="hidden" name="q" defaultValue={keep.q ?? ""} />
            {Object.entries(keep).map(([name, value]) =>
              name !== "q" && value ? <input key={name} type="hidden" name={name} value={value} /> : null,
            )}
            {children}
            <div className="mt-2 flex gap-2">
              <Button asChild variant="ghost" className="flex-1">
                <Link href="/trips">Clear all</Link>
              </Button>
              <Button type="submit" className="flex-1">
                Show trips
              </Button>
            </div>
          </form>
        </SheetContent>
      </Sheet>
    </div>
  );
}
