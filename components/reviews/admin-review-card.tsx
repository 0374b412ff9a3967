import Link from "next/link";
import { ActionButton } from "@/components/admin/action-button";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { FormState } from "@/lib/forms/form-state";
import type { AdminReviewDto } from "@/lib/reviews/review-dto";
import { OperatorReply } from "./review-item";
import { Stars } from "./stars";

type Bound = (reviewId: string, tripId: string) => Promise<FormState>;

/** Whether travellers see the review, in words (the colour only repeats it). */
export function ReviewVisibilityBadge({ hiddenAt }: { hiddenAt: string | null }) {
  return hiddenAt ? (
    <Badge variant="warning">Hidden since {formatDate(new Date(hiddenAt))}</Badge>
  ) : (
    <Badge variant="success">Visible</Badge>
  );
}

/**
 * One review in the admin console: stars ("4 out of 5 stars" to a screen reader), visibility, date, the trip, the
 * reviewer in full (the public page only shows "Theo T."), the text, the operator's reply, and Hide / Show. A card
 * rather than a table row: the text is the point, and a card stacks on a 360 px phone without scrolling sideways.
 */
export function AdminReviewCard({
  review: r,
  moderate,
}: {
  review: AdminReviewDto;
  moderate: { hide: Bound; show: Bound };
}) {
  const hidden = Boolean(r.hiddenAt);
  return (
    <article
      aria-labelledby={`review-${r.id}-trip`}
      className="grid gap-3 p-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:gap-6"
    >
      <div className="grid min-w-0 gap-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Stars value={r.rating} className="text-base" />
          <ReviewVisibilityBadge hiddenAt={r.hiddenAt} />
          <time dateTime={r.createdAt} className="text-sm text-muted-foreground">
            {formatDate(new Date(r.createdAt))}
          </time>
        </div>
        <h2 id={`review-${r.id}-trip`} className="text-base font-medium">
          <Link href={`/trips/${r.trip.id}#reviews`} className="text-primary hover:underline">
            {r.trip.title}
          </Link>
        </h2>
        <p className="text-sm text-muted-foreground">
          by <span className="font-medium text-foreground">{r.reviewer.name}</span>{" "}
          <span className="break-all">({r.reviewer.email})</span>
        </p>
        <p className="leading-relaxed break-words whitespace-pre-line">{r.comment}</p>
        {r.reply ? (
          <OperatorReply reply={r.reply} operator="the operator" />
        ) : (
          <p className="text-xs text-muted-foreground">No reply from the operator yet.</p>
        )}
      </div>
      <div className="sm:justify-self-end">
        <ActionButton
          action={(hidden ? moderate.show : moderate.hide).bind(null, r.id, r.trip.id)}
          pendingText={hidden ? "Showing…" : "Hiding…"}
          className="h-8 px-3 text-xs"
        >
          {hidden ? "Show" : "Hide"}
          <span className="sr-only"> review by {r.reviewer.name}</span>
        </ActionButton>
      </div>
    </article>
  );
}
