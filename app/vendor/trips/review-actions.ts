"use server";

import { Id, formAction } from "@/lib/forms/action";
import { limitReviewReplies } from "@/lib/rate-limit/limits";
import { replyToReview } from "@/lib/reviews/reply-to-review";
import { ReplyInput } from "@/lib/reviews/schemas";

/** The trip's vendor replies to a review, once; the reply shows under it on the trip page. */
export const replyToReviewAction = formAction(
  {
    permission: "reviews:reply",
    args: [Id, Id],
    fields: ["reply"],
    schema: ReplyInput,
    revalidate: (_reviewId, tripId) => [`/vendor/trips/${tripId}`, `/trips/${tripId}`],
  },
  async ({ actor, args: [reviewId], input }) => {
    // the same limit as POST /api/v1/reviews/:id/reply
    await limitReviewReplies(actor.id);
    await replyToReview({ actor, reviewId, input });
    return { ok: true, message: "Reply posted." };
  },
);
