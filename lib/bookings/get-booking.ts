import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { relationTo } from "./access";

/** A booking with its trip, departure, payments and refunds, for its traveller, the trip's vendor or an admin. */
export async function getBooking(actor: Actor, bookingId: string) {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    include: {
      trip: { select: { id: true, title: true, city: true, country: true, vendorId: true, images: true, cancellationPolicy: true } },
      departure: { select: { id: true, startsAt: true, timeZone: true, status: true } },
      payments: { orderBy: { createdAt: "desc" }, omit: { clientSecret: false } },
      refunds: { orderBy: { createdAt: "asc" } },
      user: { select: { name: true, email: true } },
    },
  });
  const relation = booking ? relationTo(actor, booking) : null;
  if (!booking || !relation) throw notFound("Booking");
  return { booking, relation };
}
