import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { bookingChanged } from "../cache/entries";
import { db } from "../db";
import { forbidden } from "../errors";
import { getBooking } from "./get-booking";
import type { UpdateBookingInput } from "./schemas";

/** Contact details and notes only; the traveller or an admin. */
export async function updateBooking(actor: Actor, bookingId: string, input: UpdateBookingInput) {
  const { relation } = await getBooking(actor, bookingId, { fresh: true });
  const allowed =
    relation === "owner"
      ? can(actor.role, "bookings:update_own")
      : relation === "admin" && can(actor.role, "bookings:update_any");
  if (!allowed) throw forbidden("Only the traveller or an admin can edit a booking");
  const updated = await db.booking.update({
    where: { id: bookingId },
    data: {
      contactName: input.contactName === undefined ? undefined : input.contactName || null,
      contactPhone: input.contactPhone === undefined ? undefined : input.contactPhone || null,
      notes: input.notes === undefined ? undefined : input.notes || null,
    },
  });
  await bookingChanged({ bookingIds: [bookingId] });
  return updated;
}
