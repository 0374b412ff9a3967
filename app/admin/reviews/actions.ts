"use server";

import { Id, action } from "@/lib/forms/action";
import { setReviewHidden } from "@/lib/reviews/hide-review";

// the console itself, and the pages that list the trip's reviews (public, and the vendor's management page)
const reviewPages = (_reviewId: string, tripId: string) => [
  "/admin/reviews",
  `/trips/${tripId}`,
  `/vendor/trips/${tripId}`,
];

/** An admin hides an abusive review from the console: it leaves the trip's list and rating; audited. */
export const hideReviewAction = action(
  { permission: "reviews:moderate", args: [Id, Id], revalidate: reviewPages },
  async ({ actor, args: [reviewId] }) => {
    await setReviewHidden({ actor, reviewId, hidden: true });
    return { ok: true, message: "Review hidden." };
  },
);

/** An admin shows a hidden review again; audited. */
export const showReviewAction = action(
  { permission: "reviews:moderate", args: [Id, Id], revalidate: reviewPages },
  async ({ actor, args: [reviewId] }) => {
    await setReviewHidden({ actor, reviewId, hidden: false });
    return { ok: true, message: "Review shown again." };
  },
);
