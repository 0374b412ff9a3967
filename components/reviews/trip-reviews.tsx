import Link from "next/link";
import { ActionButton } from "@/components/admin/action-button";
import { currentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/forms/form-state";
import { listTripReviews } from "@/lib/reviews/list-trip-reviews";
import { toReviewDto } from "@/lib/reviews/review-dto";
import { plural } from "@/lib/text/plural";
import { ReplyForm } from "./reply-form";
import { ReviewItem } from "./review-item";
import { Stars } from "./stars";

const PER_PAGE = 10;
// a page lists at most this many; beyond it the list says so rather than growing without bound
const MOST = 100;
type Bound = (reviewId: string, tripId: string) => Promise<FormState>;
type BoundForm = (reviewId: string, tripId: string, prev: FormState, data: FormData) => Promise<FormState>;

/**
 * A trip's reviews with its rating, newest first: `shown` pages of ten, "Show more reviews" adds one (`?reviews=n`,
 * so it works without JavaScript), up to the latest hundred. Where the page passes the actions and the viewer may use
 * them, an admin gets Hide / Show buttons (and sees hidden reviews, marked) and the trip's vendor a reply form under
 * unanswered reviews.
 */
export async function TripReviews({
  tripId,
  operator,
  shown = 1,
  moderate,
  reply,
}: {
  tripId: string;
  operator: string;
  shown?: number;
  moderate?: { hide: Bound; show: Bound };
  reply?: BoundForm;
}) {
  const viewer = await currentActor();
  const pages = Math.min(Math.max(1, Math.trunc(shown) || 1), MOST / PER_PAGE);
  const canModerate = Boolean(moderate && viewer && can(viewer.role, "reviews:moderate"));
  const { rows, total, rating, vendorId } = await listTripReviews({
    viewer,
    tripId,
    query: { page: 1, limit: pages * PER_PAGE },
    includeHidden: canModerate,
  });
  const canReply = Boolean(reply && viewer && (viewer.id === vendorId || can(viewer.role, "reviews:moderate")));
  const reviews = rows.map(toReviewDto);

  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="grid scroll-mt-24 gap-3">
      <h2 id="reviews-heading" className="text-xl font-semibold">
        Reviews
      </h2>
      {rating.average === null ? (
        <p className="text-sm text-muted-foreground">
          No reviews yet. Travellers can review this trip once they have taken it.
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-3xl font-semibold">{rating.average.toFixed(1)}</span>
          <Stars value={rating.average} className="text-lg" />
          <span className="text-sm text-muted-foreground">{plural(rating.count, "review")}</span>
        </div>
      )}
      {reviews.length > 0 ? (
        <div className="divide-y">
          {reviews.map((r) => (
            <ReviewItem key={r.id} review={r} operator={operator}>
              {canModerate && moderate ? (
                <ActionButton
                  action={(r.hiddenAt ? moderate.show : moderate.hide).bind(null, r.id, tripId)}
                  pendingText={r.hiddenAt ? "Showing…" : "Hiding…"}
                  className="h-8 px-3 text-xs"
                >
                  {r.hiddenAt ? "Show" : "Hide"}
                  <span className="sr-only"> review by {r.author.name}</span>
                </ActionButton>
              ) : null}
              {canReply && reply && !r.reply ? (
                <ReplyForm action={reply.bind(null, r.id, tripId)} author={r.author.name} />
              ) : null}
            </ReviewItem>
          ))}
        </div>
      ) : null}
      {total > reviews.length && reviews.length >= MOST ? (
        <p className="text-sm text-muted-foreground">
          Showing the {MOST} most recent of {plural(total, "review")}.
        </p>
      ) : total > reviews.length ? (
        <Link
          href={`?reviews=${pages + 1}#reviews`}
          scroll={false}
          className="w-fit text-sm font-medium text-primary hover:underline"
        >
          Show more reviews
        </Link>
      ) : null}
    </section>
  );
}
