"use server";

import { Id, action } from "@/lib/forms/action";
import { setReviewHidden } from "@/lib/reviews/hide-review";

// an admin moderates from the trip page; the vendor's management page lists the same reviews
const tripPages = (_reviewId: string, tripId: string) => [`/trips/${tripId}`, `/vendor/trips/${tripId}`];

/** An admin hides an abusive review: it leaves the public list and the trip's rating. */
export const hideReviewAction = action(
  { permission: "reviews:moderate", args: [Id, Id], revalidate: tripPages },
  async ({ actor, args: [reviewId] }) => {
    await setReviewHidden({ actor, reviewId, hidden: true });
    return { ok: true, message: "Review hidden." };
  },
);

/** An admin shows a hidden review again. */
export const showReviewAction = action(
  { permission: "reviews:moderate", args: [Id, Id], revalidate: tripPages },
  async ({ actor, args: [reviewId] }) => {
    await setReviewHidden({ actor, reviewId, hidden: false });
    return { ok: true, message: "Review shown again." };
  },
);
