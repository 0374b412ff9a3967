"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { type FormState, formError } from "@/lib/forms/form-state";

/** "Mark completed" on the vendor's bookings list. */
export async function completeBookingAction(bookingId: string): Promise<FormState> {
  const actor = await requireActor("/vendor", "bookings:complete");
  try {
    await completeBooking(actor, bookingId);
  } catch (error) {
    return formError(error);
  }
  revalidatePath("/vendor");
  revalidatePath("/vendor/earnings");
  revalidatePath(`/bookings/${bookingId}`);
  return { ok: true, message: "Marked completed" };
}
