// POST /api/v1/bookings/:id/review — the traveller reviews a completed booking (201), or changes it within 14 days (200)
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { limitReviewWrites } from "@/lib/rate-limit/limits";
import { createOrUpdateReview } from "@/lib/reviews/create-or-update-review";
import { toReviewDto } from "@/lib/reviews/review-dto";
import { ReviewInput } from "@/lib/reviews/schemas";

export const POST = withAuth<{ id: string }>({ permission: "reviews:write" }, async ({ req, actor, params }) => {
  const input = await readJson(req, ReviewInput);
  // every well-formed review counts, whatever its outcome (as in the form); a malformed one is a 422 that writes nothing
  await limitReviewWrites(actor.id);
  const { review, created } = await createOrUpdateReview({ actor, bookingId: params.id, input });
  return Response.json({ review: toReviewDto(review) }, { status: created ? 201 : 200 });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
