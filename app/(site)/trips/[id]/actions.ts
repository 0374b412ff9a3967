"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { createBooking } from "@/lib/bookings/create-booking";
import { CreateBookingInput } from "@/lib/bookings/schemas";
import { type FormState, formError, formInt, formValues } from "@/lib/forms/form-state";
import { limitBookingCreation } from "@/lib/rate-limit/limits";

export async function bookAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["departureId", "seats", "tripId"]);
  const actor = await requireActor(`/trips/${values.tripId ?? ""}`);
  const parsed = CreateBookingInput.safeParse({ departureId: values.departureId, seats: formInt(values.seats) });
  if (!parsed.success) return formError(parsed.error, values);
  let bookingId: string;
  try {
    await limitBookingCreation(actor.id);
    bookingId = (await createBooking(actor, parsed.data)).booking.id;
  } catch (error) {
    return formError(error, values);
  }
  redirect(`/checkout/${bookingId}`);
}
