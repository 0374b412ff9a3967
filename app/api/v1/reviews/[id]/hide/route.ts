// POST /api/v1/reviews/:id/hide — an admin hides an abusive review; DELETE shows it again
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { setReviewHidden } from "@/lib/reviews/hide-review";
import { toReviewDto } from "@/lib/reviews/review-dto";

type P = { id: string };

export const POST = withAuth<P>({ permission: "reviews:moderate" }, async ({ actor, params }) => {
  const review = await setReviewHidden({ actor, reviewId: params.id, hidden: true });
  return Response.json({ review: toReviewDto(review) });
});

export const DELETE = withAuth<P>({ permission: "reviews:moderate" }, async ({ actor, params }) => {
  const review = await setReviewHidden({ actor, reviewId: params.id, hidden: false });
  return Response.json({ review: toReviewDto(review) });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH } = allowOnly("POST", "DELETE");
