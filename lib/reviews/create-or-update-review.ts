import "server-only";
import type { BookingStatus } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { getBooking } from "../bookings/get-booking";
import { ratingChanged } from "../cache/entries";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { formatDate } from "../format";
import { reviewInclude } from "./review-dto";
import { REVIEW_EDIT_DAYS, editableUntil, isEditable } from "./rules";
import type { ReviewInput } from "./schemas";

export interface SaveReviewOptions {
  actor: Actor;
  bookingId: string;
  input: ReviewInput;
  now?: Date;
}

/**
 * The booking's traveller reviews it once it is completed: the first call writes the review, a later one within
 * 14 days of that changes it (one review per booking, a unique index). Another user's booking is a 404, the trip's
 * vendor or an admin a 403, a booking that is not completed or a review past its edit window a 409. The booking's row
 * lock serializes two submits of the same booking; the trip's rating moves in the same transaction (a trigger).
 */
export async function createOrUpdateReview({ actor, bookingId, input, now = new Date() }: SaveReviewOptions) {
  const { booking, relation } = await getBooking(actor, bookingId, { fresh: true });
  if (relation !== "owner") throw forbidden("Only the traveller who made the booking can review it");

  const result = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { status: BookingStatus }[]
    >`SELECT status FROM bookings WHERE id = ${bookingId} FOR UPDATE`;
    if (row?.status !== "completed")
      throw new AppError(
        "invalid_state",
        `This booking is ${row?.status ?? "gone"}; a trip can be reviewed once the booking is completed`,
      );
    const existing = await tx.review.findUnique({ where: { bookingId } });
    if (!existing) {
      const review = await tx.review.create({
        data: { bookingId, tripId: booking.tripId, userId: booking.userId, ...input, createdAt: now },
        include: reviewInclude,
      });
      return { review, created: true };
    }
    if (!isEditable(existing.createdAt, now))
      throw new AppError(
        "invalid_state",
        `A review can be changed for ${REVIEW_EDIT_DAYS} days after it is written; this one could be changed until ${formatDate(editableUntil(existing.createdAt))}`,
      );
    const review = await tx.review.update({ where: { id: existing.id }, data: input, include: reviewInclude });
    return { review, created: false };
  });
  await ratingChanged({ tripId: booking.tripId, vendorId: booking.trip.vendorId });
  return result;
}
