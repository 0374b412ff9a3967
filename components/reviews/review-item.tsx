import { MessageSquareReply } from "@/components/ui/icons";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { ReviewDto } from "@/lib/reviews/review-dto";
import { Stars } from "./stars";

/** One review as the public sees it: stars, who (first name and initial), when, the text and the operator's reply. */
export function ReviewItem({
  review,
  operator,
  children,
}: {
  review: ReviewDto;
  operator: string;
  /** actions under the review (an admin's hide button, the vendor's reply form) */
  children?: React.ReactNode;
}) {
  const written = new Date(review.createdAt);
  return (
    <article
      aria-label={`Review by ${review.author.name}`}
      className={review.hiddenAt ? "grid gap-2 rounded-lg border border-dashed p-4 opacity-80" : "grid gap-2 py-4"}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Stars value={review.rating} className="text-sm" />
        <p className="text-sm font-medium">{review.author.name}</p>
        <p className="text-sm text-muted-foreground">
          <time dateTime={review.createdAt}>{formatDate(written)}</time>
        </p>
        {review.hiddenAt ? <Badge variant="warning">Hidden from travellers</Badge> : null}
      </div>
      <p className="leading-relaxed whitespace-pre-line text-foreground/90">{review.comment}</p>
      {review.reply ? <OperatorReply reply={review.reply} operator={operator} /> : null}
      {children}
    </article>
  );
}

/** The operator's reply under a review. */
export function OperatorReply({ reply, operator }: { reply: NonNullable<ReviewDto["reply"]>; operator: string }) {
  return (
    <div className="ml-4 grid gap-1 border-l-2 pl-3 text-sm">
      <p className="flex items-center gap-1.5 font-medium">
        <MessageSquareReply className="size-4 text-muted-foreground" aria-hidden /> Response from {operator}
      </p>
      <p className="whitespace-pre-line text-foreground/90">{reply.text}</p>
    </div>
  );
}
