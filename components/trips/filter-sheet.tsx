"use client";

import { SlidersHorizontal } from "lucide-react";
import dynamic from "next/dynamic";
import type * as React from "react";
import { useRef } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { useLazyOverlay } from "@/lib/ui/lazy-overlay";

const loadPanel = () => import("./filter-sheet-panel");
const FilterSheetPanel = dynamic(() => loadPanel().then((m) => m.FilterSheetPanel), { ssr: false });

/**
 * On a phone the filters live behind a "Filters (n)" button, in a sheet holding its own GET form (the page's inline
 * filters are hidden there). `keep` carries the search words along, so applying filters keeps them. The sheet's code
 * is fetched when the visitor reaches for the button (lib/ui/lazy-overlay.ts).
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
  const button = useRef<HTMLButtonElement>(null);
  const overlay = useLazyOverlay(loadPanel);
  return (
    // hidden by a wrapper, not a className on the button (lib/ui/cn.ts)
    <div className="flex md:hidden">
      <button
        ref={button}
        type="button"
        className={buttonVariants({ variant: "outline" })}
        aria-expanded={overlay.open}
        {...overlay.trigger}
        onClick={overlay.show}
      >
        <SlidersHorizontal aria-hidden /> Filters{count > 0 ? ` (${count})` : ""}
      </button>
      {overlay.mounted ? (
        <FilterSheetPanel keep={keep} searchInputId={searchInputId} {...overlay.panel} returnFocusTo={button}>
          {children}
        </FilterSheetPanel>
      ) : null}
    </div>
  );
}
