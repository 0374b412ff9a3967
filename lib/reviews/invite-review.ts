import "server-only";
import { db } from "../db";
import { notFound } from "../errors";
import { sendNotice } from "../notifications/send-notice";
import { REVIEW_EDIT_DAYS } from "./rules";

/**
 * After a booking completes, its traveller is asked to review it: an in-app notification and an email through the
 * outbox, linking to the review form on the booking page. Idempotent by booking (a retried job sends nothing twice);
 * a booking that is no longer completed, or already reviewed, gets no invitation.
 */
export async function inviteReview(bookingId: string) {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: { status: true, userId: true, trip: { select: { title: true } }, review: { select: { id: true } } },
  });
  if (!booking) throw notFound("Booking");
  if (booking.status !== "completed" || booking.review) return { invited: false };
  const title = booking.trip.title;
  await sendNotice({
    userId: booking.userId,
    type: "review_invitation",
    title: `How was ${title}? Leave a review`,
    paragraphs: [
      `Tell other travellers what ${title} was like: give it 1 to 5 stars and a few words.`,
      `You can change your review for ${REVIEW_EDIT_DAYS} days after you post it, and the operator may reply to it.`,
    ],
    link: `/bookings/${bookingId}#review`,
    ctaLabel: "Leave a review",
    dedupeKey: `review-invitation:${bookingId}`,
  });
  return { invited: true };
}
