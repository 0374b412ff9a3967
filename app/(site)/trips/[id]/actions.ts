"use server";

import { createBooking } from "@/lib/bookings/create-booking";
import { CreateBookingInput } from "@/lib/bookings/schemas";
import { formAction } from "@/lib/forms/action";
import { formInt } from "@/lib/forms/form-state";
import { limitBookingCreation } from "@/lib/rate-limit/limits";

/** "Book and pay": holds the seats, then off to checkout. */
export const bookAction = formAction(
  {
    permission: "bookings:create",
    args: [],
    fields: ["departureId", "seats"],
    schema: CreateBookingInput,
    input: (v) => ({ departureId: v.departureId, seats: formInt(v.seats) }),
  },
  async ({ actor, input }) => {
    await limitBookingCreation(actor.id);
    const { booking } = await createBooking(actor, input);
    return { redirectTo: `/checkout/${booking.id}` };
  },
);
