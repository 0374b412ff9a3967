import "server-only";
import type { Actor } from "../auth/actor";
import { getBooking } from "../bookings/get-booking";
import { db } from "../db";
import { reviewInclude } from "./review-dto";

/** The review of a booking (or null), for whoever may see the booking: its traveller, the trip's vendor, an admin. */
export async function getBookingReview(actor: Actor, bookingId: string) {
  await getBooking(actor, bookingId);
  return db.review.findUnique({ where: { bookingId }, include: reviewInclude });
}
