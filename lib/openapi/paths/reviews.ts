import { z } from "zod";
import { AdminReviewDto, ReviewDto, TripRatingDto } from "../../reviews/review-dto";
import { AdminReviewsQuery, ListTripReviewsQuery, ReplyInput, ReviewInput } from "../../reviews/schemas";
import { Page, defineOperations } from "../operation";

const ReviewResponse = z.object({ review: ReviewDto });

export const reviewOperations = defineOperations([
  {
    method: "post",
    path: "/api/v1/bookings/{id}/review",
    summary: "Review a completed booking, or change the review",
    description:
      "One review per booking, by its traveller, once the booking is completed. The first call writes it (201); calling again within 14 days of that changes the stars and text (200); later it is a 409 `invalid_state`. A booking that is not completed is a 409 too. At most 20 reviews written or changed an hour per user (429 `rate_limited`).",
    access: "bearer",
    who: "the booking's traveller",
    body: ReviewInput,
    responses: {
      201: { description: "The new review", schema: ReviewResponse },
      200: { description: "The changed review", schema: ReviewResponse },
    },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/v1/trips/{id}/reviews",
    summary: "A trip's reviews, newest first, with its rating",
    description:
      "Hidden reviews are left out, of the list and of the rating. Reviewers are named by first name and initial.",
    access: "optional",
    who: "anyone",
    query: ListTripReviewsQuery,
    responses: {
      200: {
        description: "One page of reviews and the trip's rating",
        schema: Page(ReviewDto).extend({ rating: TripRatingDto }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/reviews/{id}/reply",
    summary: "Reply to a review, once",
    description: "At most 60 replies an hour per user (429 `rate_limited`).",
    access: "bearer",
    who: "the trip's vendor, admin",
    body: ReplyInput,
    responses: { 200: { description: "The review with its reply", schema: ReviewResponse } },
    errors: [409],
  },
  {
    method: "post",
    path: "/api/v1/reviews/{id}/hide",
    summary: "Hide an abusive review",
    description: "The review leaves the trip's list and rating. Hiding a hidden review changes nothing.",
    access: "bearer",
    who: "admin",
    responses: { 200: { description: "The hidden review", schema: ReviewResponse } },
  },
  {
    method: "delete",
    path: "/api/v1/reviews/{id}/hide",
    summary: "Show a hidden review again",
    access: "bearer",
    who: "admin",
    responses: { 200: { description: "The visible review", schema: ReviewResponse } },
  },
  {
    method: "get",
    path: "/api/v1/admin/reviews",
    summary: "Every review, hidden ones included, newest first",
    description:
      "For moderation: filter by `visibility` (all, visible, hidden), `rating` (1–5) and `q` (trip title, reviewer name or email, review text). Each review names its reviewer in full and its trip.",
    access: "bearer",
    who: "admin",
    query: AdminReviewsQuery,
    responses: { 200: { description: "One page of reviews", schema: Page(AdminReviewDto) } },
  },
]);
