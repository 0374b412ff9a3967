import { Star } from "@/components/ui/icons";
import { cn } from "@/lib/ui/cn";

/**
 * A rating as five stars (whole and half stars filled), read by screen readers as "4.5 out of 5 stars". The stars
 * are drawn in amber-600 (3:1 against white, as graphics need); the number next to them carries the value as text.
 */
export function Stars({ value, className }: { value: number; className?: string }) {
  return (
    <span
      role="img"
      aria-label={`${value} out of 5 stars`}
      className={cn("inline-flex items-center gap-0.5 text-amber-600", className)}
    >
      {[1, 2, 3, 4, 5].map((i) => {
        const fill = value >= i ? 100 : value >= i - 0.5 ? 50 : 0;
        return (
          <span key={i} className="relative inline-flex" aria-hidden>
            <Star className="size-[1em]" strokeWidth={1.75} />
            {fill > 0 ? (
              <span className="absolute inset-0 overflow-hidden" style={{ width: `${fill}%` }}>
                <Star className="size-[1em] fill-current" strokeWidth={1.75} />
              </span>
            ) : null}
          </span>
        );
      })}
    </span>
  );
}
