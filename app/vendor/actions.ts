"use server";

import { completeBooking } from "@/lib/bookings/complete-booking";
import { Id, action } from "@/lib/forms/action";

/** "Mark completed" on the vendor's bookings list and on the booking page. */
export const completeBookingAction = action(
  {
    permission: "bookings:complete",
    args: [Id],
    revalidate: (bookingId) => ["/vendor", "/vendor/earnings", `/bookings/${bookingId}`],
  },
  async ({ actor, args: [bookingId] }) => {
    await completeBooking(actor, bookingId);
    return { ok: true, message: "Marked completed" };
  },
);
