import { z } from "zod";
import { queryNumber, text } from "../api/fields";
import { PageQuery } from "../pagination";

// Zod schemas of reviews: shared by the REST API, the server actions behind the review and reply forms, and OpenAPI.

import { COMMENT_MAX, COMMENT_MIN, REPLY_MAX, REPLY_MIN } from "./limits";

export { COMMENT_MAX, COMMENT_MIN, REPLY_MAX, REPLY_MIN } from "./limits";

export const ReviewInput = z.strictObject({
  rating: z
    .number({ error: "Choose a rating from 1 to 5 stars" })
    .int("Choose a rating from 1 to 5 stars")
    .min(1, "Choose a rating from 1 to 5 stars")
    .max(5, "Choose a rating from 1 to 5 stars"),
  comment: text({ error: "Tell other travellers about the trip" })
    .trim()
    .min(COMMENT_MIN, `Write at least ${COMMENT_MIN} characters`)
    .max(COMMENT_MAX, `Keep it under ${COMMENT_MAX} characters`),
});
export type ReviewInput = z.infer<typeof ReviewInput>;

export const ReplyInput = z.strictObject({
  reply: text({ error: "Write your reply" })
    .trim()
    .min(REPLY_MIN, "Write your reply")
    .max(REPLY_MAX, `Keep it under ${REPLY_MAX} characters`),
});
export type ReplyInput = z.infer<typeof ReplyInput>;

/** `?page=1&limit=10` (limit ≤ 50): a trip's visible reviews, newest first. */
export const ListTripReviewsQuery = PageQuery.extend({
  limit: queryNumber(
    z
      .number({ error: "limit must be a whole number" })
      .int("limit must be a whole number")
      .min(1, "limit is at least 1")
      .max(50, "limit is at most 50"),
  ).default(10),
});
export type ListTripReviewsQuery = z.infer<typeof ListTripReviewsQuery>;

export const REVIEW_VISIBILITY = ["all", "visible", "hidden"] as const;

/** The admin console's filters over every review (also `GET /api/v1/admin/reviews`). */
export const AdminReviewsFilter = z.object({
  visibility: z
    .enum(REVIEW_VISIBILITY, { error: "visibility is all, visible or hidden" })
    .default("all")
    .describe("hidden: reviews an admin hid; visible: the ones travellers see"),
  rating: queryNumber(
    z
      .number({ error: "rating is a whole number from 1 to 5" })
      .int("rating is a whole number from 1 to 5")
      .min(1, "rating is a whole number from 1 to 5")
      .max(5, "rating is a whole number from 1 to 5"),
  )
    .optional()
    .describe("Only reviews with exactly this many stars"),
  q: text()
    .trim()
    .max(200, "search is at most 200 characters")
    .optional()
    .describe("Part of the trip's title, the reviewer's name or email, or the review's text (any letter case)"),
});
/** `?visibility=hidden&rating=1&q=rude&page=2&limit=20`: every review, newest first, hidden ones included. */
export const AdminReviewsQuery = PageQuery.extend(AdminReviewsFilter.shape);
export type AdminReviewsQuery = z.infer<typeof AdminReviewsQuery>;
