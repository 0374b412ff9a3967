import { X } from "@/components/ui/icons";
import Link from "next/link";
import type { ActiveFilter } from "@/lib/trips/search-params";

/**
 * The filters a search applies, under the search bar: each chip is a link to the same search without it, named
 * "Remove filter: Destination Lisbon" (the visible "Destination Lisbon" plus what activating it does).
 */
export function FilterChips({ filters }: { filters: ActiveFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Active filters">
      {filters.map((f) => (
        <li key={f.param} className="max-w-full">
          <Link
            href={f.removeHref}
            className="inline-flex max-w-full items-center gap-1.5 rounded-full border bg-card px-3 py-1 text-sm transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
          >
            <span className="sr-only">{"Remove filter: "}</span>
            <span className="text-muted-foreground">{f.label}</span>{" "}
            <span className="truncate font-medium">{f.text}</span>
            <X className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
          </Link>
        </li>
      ))}
    </ul>
  );
}
