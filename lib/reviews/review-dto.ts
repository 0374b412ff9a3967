import { z } from "zod";
import { IsoDateTime, NullableDateTime } from "../openapi/fields";
import { editableUntil, reviewerName } from "./rules";

// The response shapes are zod schemas, so the OpenAPI document publishes exactly what these functions return.
export const ReviewDto = z.object({
  id: z.string(),
  tripId: z.string(),
  rating: z.number().int().min(1).max(5),
  comment: z.string(),
  author: z.object({ name: z.string().describe('First name and last initial, e.g. "Theo T."') }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  editableUntil: IsoDateTime.describe("The traveller may change the review until then"),
  reply: z.object({ text: z.string(), repliedAt: IsoDateTime }).nullable().describe("The operator's one reply, if any"),
  hiddenAt: NullableDateTime.describe("Set when an admin hid the review: it leaves the trip's list and rating"),
});
export type ReviewDto = z.infer<typeof ReviewDto>;

export const TripRatingDto = z.object({
  average: z.number().nullable().describe("Mean stars of the visible reviews, one decimal; null without reviews"),
  count: z.number().int(),
});

export interface ReviewRow {
  id: string;
  tripId: string;
  rating: number;
  comment: string;
  reply: string | null;
  repliedAt: Date | null;
  hiddenAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  user: { name: string };
}

/** The reviewer is only ever named by first name and initial: the list is public. */
export const reviewInclude = { user: { select: { name: true } } } as const;

export function toReviewDto(r: ReviewRow): ReviewDto {
  return {
    id: r.id,
    tripId: r.tripId,
    rating: r.rating,
    comment: r.comment,
    author: { name: reviewerName(r.user.name) },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    editableUntil: editableUntil(r.createdAt).toISOString(),
    reply: r.reply && r.repliedAt ? { text: r.reply, repliedAt: r.repliedAt.toISOString() } : null,
    hiddenAt: r.hiddenAt?.toISOString() ?? null,
  };
}

// The admin console's view of a review: who wrote it in full (the public list only shows "Theo T.") and its trip.
export const AdminReviewDto = ReviewDto.extend({
  reviewer: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  trip: z.object({ id: z.string(), title: z.string(), vendorId: z.string() }),
});
export type AdminReviewDto = z.infer<typeof AdminReviewDto>;

export interface AdminReviewRow extends Omit<ReviewRow, "user"> {
  user: { id: string; name: string; email: string };
  trip: { id: string; title: string; vendorId: string };
}

/** What the admin list reads of each review's reviewer and trip. */
export const adminReviewInclude = {
  user: { select: { id: true, name: true, email: true } },
  trip: { select: { id: true, title: true, vendorId: true } },
} as const;

export function toAdminReviewDto(r: AdminReviewRow): AdminReviewDto {
  return {
    ...toReviewDto(r),
    reviewer: { id: r.user.id, name: r.user.name, email: r.user.email },
    trip: { id: r.trip.id, title: r.trip.title, vendorId: r.trip.vendorId },
  };
}
