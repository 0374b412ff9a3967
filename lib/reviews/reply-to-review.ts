import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { reviewInclude } from "./review-dto";
import type { ReplyInput } from "./schemas";

export interface ReplyToReviewOptions {
  actor: Actor;
  reviewId: string;
  input: ReplyInput;
  now?: Date;
}

/**
 * The trip's vendor (or an admin) answers a review, once: the reply is written only where none exists yet (a
 * conditional update), so a second reply, even a concurrent one, is a 409 and the first stands. Another vendor gets a
 * 403 for a visible review and a 404 for a hidden one, which they could not have seen.
 */
export async function replyToReview({ actor, reviewId, input, now = new Date() }: ReplyToReviewOptions) {
  const review = await db.review.findUnique({
    where: { id: reviewId },
    select: { hiddenAt: true, trip: { select: { vendorId: true } } },
  });
  if (!review) throw notFound("Review");
  if (review.trip.vendorId !== actor.id && !can(actor.role, "reviews:moderate")) {
    if (review.hiddenAt) throw notFound("Review");
    throw forbidden("Only the trip's operator can reply to its reviews");
  }
  const { count } = await db.review.updateMany({
    where: { id: reviewId, reply: null },
    data: { reply: input.reply, repliedAt: now, repliedById: actor.id },
  });
  if (count === 0) throw new AppError("invalid_state", "This review already has a reply; each review gets one");
  return db.review.findUniqueOrThrow({ where: { id: reviewId }, include: reviewInclude });
}
