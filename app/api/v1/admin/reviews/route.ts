// GET /api/v1/admin/reviews — every review, hidden ones included, filtered by visibility, stars and text (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { readQuery } from "@/lib/api/query";
import { pageResponse } from "@/lib/pagination";
import { listReviewsForAdmin } from "@/lib/reviews/list-reviews-for-admin";
import { toAdminReviewDto } from "@/lib/reviews/review-dto";
import { AdminReviewsQuery } from "@/lib/reviews/schemas";

export const GET = withAuth({ permission: "reviews:moderate" }, async ({ req, actor }) => {
  const query = readQuery(req, AdminReviewsQuery);
  const { total, rows } = await listReviewsForAdmin({ actor, query });
  return Response.json(pageResponse(rows.map(toAdminReviewDto), query, total));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
