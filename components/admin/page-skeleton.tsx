import { Skeleton } from "@/components/ui/skeleton";

/** The shape of a console page (title, figures, a table) while its data loads, so nothing jumps when it arrives. */
export function PageSkeleton({ label, cards = 0, rows = 8 }: { label: string; cards?: number; rows?: number }) {
  return (
    <div className="grid gap-8 py-10" aria-busy="true" aria-label={label}>
      <div className="grid gap-2">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-5 w-full max-w-lg" />
      </div>
      {cards ? (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {Array.from({ length: cards }, (_, i) => (
            <Skeleton key={i} className="h-28 rounded-xl" />
          ))}
        </div>
      ) : null}
      <div className="grid gap-2 rounded-xl border p-4">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-9" />
        ))}
      </div>
    </div>
  );
}
