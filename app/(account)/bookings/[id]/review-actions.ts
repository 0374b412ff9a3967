"use server";

import { Id, formAction } from "@/lib/forms/action";
import { formInt } from "@/lib/forms/form-state";
import { limitReviewWrites } from "@/lib/rate-limit/limits";
import { createOrUpdateReview } from "@/lib/reviews/create-or-update-review";
import { ReviewInput } from "@/lib/reviews/schemas";

/** The traveller writes (or, within 14 days, changes) the review of a completed booking; the trip page shows it. */
export const saveReviewAction = formAction(
  {
    permission: "reviews:write",
    args: [Id, Id],
    fields: ["rating", "comment"],
    schema: ReviewInput,
    input: (values) => ({ rating: formInt(values.rating), comment: values.comment }),
    revalidate: (bookingId, tripId) => [`/bookings/${bookingId}`, `/trips/${tripId}`],
  },
  async ({ actor, args: [bookingId], input, values }) => {
    // the same limit as POST /api/v1/bookings/:id/review; over it, the form says how long to wait above its fields
    await limitReviewWrites(actor.id);
    const { created } = await createOrUpdateReview({ actor, bookingId, input });
    return { ok: true, message: created ? "Thank you! Your review is posted." : "Your review is updated.", values };
  },
);
