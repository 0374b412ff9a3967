// GET /api/v1/trips/:id/reviews — a trip's visible reviews, newest first, with its rating (public)
import { withOptionalAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { readQuery } from "@/lib/api/query";
import { pageResponse } from "@/lib/pagination";
import { listTripReviews } from "@/lib/reviews/list-trip-reviews";
import { toReviewDto } from "@/lib/reviews/review-dto";
import { ListTripReviewsQuery } from "@/lib/reviews/schemas";

export const GET = withOptionalAuth<{ id: string }>(async ({ req, actor, params }) => {
  const query = readQuery(req, ListTripReviewsQuery);
  const { rows, total, rating } = await listTripReviews({ viewer: actor, tripId: params.id, query });
  return Response.json({ ...pageResponse(rows.map(toReviewDto), query, total), rating });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
