import { events } from "../../events/definitions";
import { inviteReview } from "../../reviews/invite-review";
import { inngest } from "../client";

// booking/completed → the traveller is asked to review the trip (notification + email); idempotent by booking.
export const inviteReviewJob = inngest.createFunction(
  {
    id: "invite-review",
    name: "Invite a review of a completed booking",
    retries: 4,
    triggers: [events.bookingCompleted],
  },
  ({ event }) => inviteReview(event.data.bookingId),
);
