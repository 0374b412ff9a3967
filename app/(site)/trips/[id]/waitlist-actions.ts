"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { joinWaitlist, leaveWaitlist } from "@/lib/waitlist/waitlist";

export async function toggleWaitlistAction(tripId: string, departureId: string, join: boolean): Promise<{ error?: string }> {
  const actor = await requireActor(`/trips/${tripId}`);
  try {
    if (join) await joinWaitlist(actor, departureId, 1);
    else await leaveWaitlist(actor, departureId);
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  revalidatePath(`/trips/${tripId}`);
  revalidatePath("/bookings");
  return {};
}
