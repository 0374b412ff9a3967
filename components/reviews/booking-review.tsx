import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDate } from "@/lib/format";
import type { FormState } from "@/lib/forms/form-state";
import { getBookingReview } from "@/lib/reviews/get-booking-review";
import { toReviewDto } from "@/lib/reviews/review-dto";
import { REVIEW_EDIT_DAYS, isEditable } from "@/lib/reviews/rules";
import { ReviewForm } from "./review-form";
import { OperatorReply, ReviewItem } from "./review-item";

/**
 * The review card of a completed booking's page (`#review`, where the invitation links): the form to write it, the
 * same form to change it for 14 days ("You can edit until …"), then the review as it stands, with any reply.
 */
export async function BookingReview({
  bookingId,
  operator = "the operator",
  save,
}: {
  bookingId: string;
  /** the vendor's display name, for the heading of their reply */
  operator?: string;
  save: (prev: FormState, data: FormData) => Promise<FormState>;
}) {
  const actor = await requireActor(`/bookings/${bookingId}`);
  const row = await getBookingReview(actor, bookingId);
  const review = row ? toReviewDto(row) : null;
  const editable = !row || isEditable(row.createdAt);
  const until = review ? formatDate(new Date(review.editableUntil)) : null;
  return (
    <Card id="review" className="scroll-mt-24">
      <CardHeader>
        <CardTitle>
          <h2>{review ? "Your review" : "How was your trip?"}</h2>
        </CardTitle>
        <CardDescription>
          {!review
            ? `Rate the trip and tell other travellers about it. You can change your review for ${REVIEW_EDIT_DAYS} days.`
            : editable
              ? `You can edit until ${until}.`
              : `Reviews can be changed for ${REVIEW_EDIT_DAYS} days; this one was final on ${until}.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {review?.hiddenAt ? (
          <p className="rounded-md border border-warning bg-warning/10 px-3 py-2 text-sm">
            An admin has hidden this review from other travellers, so it does not count towards the trip&apos;s rating.
          </p>
        ) : null}
        {editable ? (
          <ReviewForm
            action={save}
            initial={review ? { rating: review.rating, comment: review.comment } : undefined}
            submitLabel={review ? "Update review" : "Post review"}
          />
        ) : null}
        {review && !editable ? <ReviewItem review={review} operator={operator} /> : null}
        {review?.reply && editable ? <OperatorReply reply={review.reply} operator={operator} /> : null}
      </CardContent>
    </Card>
  );
}
