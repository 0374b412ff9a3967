import { Star } from "@/components/ui/icons";
import Link from "next/link";
import type { TripRating } from "@/lib/reviews/rules";
import { plural } from "@/lib/text/plural";

type Props = {
  id: string;
  displayName: string;
  bio: string | null;
  publishedTrips: number;
  rating: TripRating;
};

/** "About the operator" on the trip page: who runs the trip, how they are rated, and a way to their other trips. */
export function OperatorCard({ id, displayName, bio, publishedTrips, rating }: Props) {
  return (
    <section aria-labelledby="operator" className="grid gap-2 rounded-xl border p-4">
      <h2 id="operator" className="text-xl font-semibold">
        About the operator
      </h2>
      <p className="font-medium">{displayName}</p>
      {bio ? <p className="text-sm leading-relaxed text-foreground/90">{bio}</p> : null}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
        <span>{plural(publishedTrips, "published trip")}</span>
        {rating.average === null ? (
          <span>No reviews yet</span>
        ) : (
          <span className="inline-flex items-center gap-1">
            <Star className="size-4 fill-current text-amber-600" aria-hidden />
            <span className="font-semibold text-foreground">{rating.average.toFixed(1)}</span> average from{" "}
            {plural(rating.count, "review")} across their trips
          </span>
        )}
      </p>
      <Link href={`/operators/${id}`} className="w-fit text-sm font-medium text-primary underline underline-offset-4">
        All trips by {displayName}
      </Link>
    </section>
  );
}
