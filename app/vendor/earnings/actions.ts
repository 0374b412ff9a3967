"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { type FormState, formError, formValues } from "@/lib/forms/form-state";
import { UpdateVendorInput } from "@/lib/vendors/schemas";
import { startConnectOnboarding } from "@/lib/vendors/start-connect-onboarding";
import { updateVendorProfile } from "@/lib/vendors/update-vendor-profile";

/** "Connect with Stripe": a fresh onboarding link, then off to Stripe (or the local stand-in's onboarding page). */
export async function connectStripeAction(): Promise<FormState> {
  const actor = await requireActor("/vendor/earnings", "vendors:connect");
  let url: string;
  try {
    url = (await startConnectOnboarding(actor, actor.id)).url;
  } catch (error) {
    return formError(error);
  }
  redirect(url);
}

export async function updatePayoutScheduleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("/vendor/earnings", "vendors:update_own");
  const values = formValues(formData, ["payoutSchedule"]);
  const parsed = UpdateVendorInput.pick({ payoutSchedule: true }).safeParse(values);
  if (!parsed.success) return formError(parsed.error, values);
  try {
    await updateVendorProfile(actor, actor.id, parsed.data);
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath("/vendor/earnings");
  return { ok: true, message: parsed.data.payoutSchedule === "monthly" ? "You'll be paid monthly, on the 1st." : "You'll be paid weekly, on Mondays.", values };
}
