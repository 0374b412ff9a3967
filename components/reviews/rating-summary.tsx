import { Star } from "@/components/ui/icons";
import type { TripRating } from "@/lib/reviews/rules";
import { plural } from "@/lib/text/plural";

/** The trip's rating next to its title, linking to the reviews further down the page. */
export function RatingSummary({ rating }: { rating: TripRating }) {
  if (rating.average === null) return <p className="text-sm text-muted-foreground">No reviews yet</p>;
  return (
    <a href="#reviews" className="inline-flex w-fit items-center gap-1.5 text-sm hover:underline">
      <Star className="size-4 fill-current text-amber-600" aria-hidden />
      <span className="font-semibold">{rating.average.toFixed(1)}</span>{" "}
      <span className="text-muted-foreground">({plural(rating.count, "review")})</span>
    </a>
  );
}
