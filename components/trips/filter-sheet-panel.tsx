"use client";

import Link from "next/link";
import type * as React from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle } from "@/components/ui/sheet";
import type { LazyOverlayPanelProps } from "@/lib/ui/lazy-overlay";

/** The filter sheet's panel, loaded on first use by FilterSheet (filter-sheet.tsx), whose button opens it. */
export function FilterSheetPanel({
  keep,
  searchInputId,
  open,
  onOpenChange,
  returnFocusTo,
  children,
}: {
  keep: Record<string, string | undefined>;
  searchInputId?: string;
  children: React.ReactNode;
} & LazyOverlayPanelProps) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="right" returnFocusTo={returnFocusTo}>
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
  );
}
