import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { toSkipTake } from "../pagination";
import { getTripForViewer } from "../trips/get-trip";
import { reviewInclude } from "./review-dto";
import { tripRating } from "./rules";
import type { ListTripReviewsQuery } from "./schemas";

export interface ListTripReviewsOptions {
  viewer: Actor | null;
  tripId: string;
  query: ListTripReviewsQuery;
  /** hidden reviews too, marked as such: only for a viewer who may moderate (the admin's view of the trip page) */
  includeHidden?: boolean;
}

/**
 * A trip's reviews, newest first, with its rating: public for a trip the viewer may see (an unknown or unpublished
 * trip is a 404). Hidden reviews are left out unless an admin asks for them.
 */
export async function listTripReviews({ viewer, tripId, query, includeHidden = false }: ListTripReviewsOptions) {
  const trip = await getTripForViewer(viewer, tripId);
  const showHidden = includeHidden && viewer !== null && can(viewer.role, "reviews:moderate");
  const where = { tripId, ...(showHidden ? {} : { hiddenAt: null }) };
  const [total, rows] = await Promise.all([
    db.review.count({ where }),
    db.review.findMany({
      where,
      include: reviewInclude,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...toSkipTake(query),
    }),
  ]);
  return { rows, total, rating: tripRating(trip), vendorId: trip.vendorId };
}
