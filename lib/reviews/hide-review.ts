import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { ratingChanged } from "../cache/entries";
import { db } from "../db";
import { forbidden, notFound } from "../errors";
import { reviewInclude } from "./review-dto";

// the review as the API answers it, plus the trip's vendor, whose operator card counts the rating
const include = { ...reviewInclude, trip: { select: { vendorId: true } } } as const;

export interface SetReviewHiddenOptions {
  actor: Actor;
  reviewId: string;
  /** true hides the review, false shows it again */
  hidden: boolean;
  now?: Date;
}

/**
 * An admin hides an abusive review (or shows it again): a hidden review leaves the trip's public list and its
 * rating (the reviews trigger moves the trip's totals in the same transaction). Hiding a hidden review, or showing a
 * visible one, changes nothing and answers the review as it is.
 */
export async function setReviewHidden({ actor, reviewId, hidden, now = new Date() }: SetReviewHiddenOptions) {
  if (!can(actor.role, "reviews:moderate")) throw forbidden("Only an admin can hide or show reviews");
  const review = await db.$transaction(async (tx) => {
    const { count } = await tx.review.updateMany({
      where: { id: reviewId, hiddenAt: hidden ? null : { not: null } },
      data: hidden ? { hiddenAt: now, hiddenById: actor.id } : { hiddenAt: null, hiddenById: null },
    });
    const current = await tx.review.findUnique({ where: { id: reviewId }, include });
    if (!current) throw notFound("Review");
    if (count > 0)
      await recordAudit(tx, {
        actorId: actor.id,
        action: hidden ? "review.hidden" : "review.shown",
        entityType: "review",
        entityId: reviewId,
        data: { tripId: current.tripId },
      });
    return current;
  });
  await ratingChanged({ tripId: review.tripId, vendorId: review.trip.vendorId });
  return review;
}
