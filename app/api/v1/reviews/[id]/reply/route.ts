// POST /api/v1/reviews/:id/reply — the trip's vendor (or an admin) replies to a review, once
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { limitReviewReplies } from "@/lib/rate-limit/limits";
import { replyToReview } from "@/lib/reviews/reply-to-review";
import { toReviewDto } from "@/lib/reviews/review-dto";
import { ReplyInput } from "@/lib/reviews/schemas";

export const POST = withAuth<{ id: string }>({ permission: "reviews:reply" }, async ({ req, actor, params }) => {
  const input = await readJson(req, ReplyInput);
  await limitReviewReplies(actor.id);
  const review = await replyToReview({ actor, reviewId: params.id, input });
  return Response.json({ review: toReviewDto(review) });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
