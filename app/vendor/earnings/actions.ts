"use server";

import { action, formAction } from "@/lib/forms/action";
import { UpdateVendorInput } from "@/lib/vendors/schemas";
import { startConnectOnboarding } from "@/lib/vendors/start-connect-onboarding";
import { updateVendorProfile } from "@/lib/vendors/update-vendor-profile";

/** "Connect with Stripe": a fresh onboarding link, then off to Stripe (or the local stand-in's onboarding page). */
export const connectStripeAction = action({ permission: "vendors:connect", args: [] }, async ({ actor }) => {
  const { url } = await startConnectOnboarding(actor, actor.id);
  return { redirectTo: url };
});

export const updatePayoutScheduleAction = formAction(
  {
    permission: "vendors:update_own",
    args: [],
    fields: ["payoutSchedule"],
    schema: UpdateVendorInput.pick({ payoutSchedule: true }),
    revalidate: ["/vendor/earnings"],
  },
  async ({ actor, input, values }) => {
    await updateVendorProfile(actor, actor.id, input);
    const message =
      input.payoutSchedule === "monthly" ? "You'll be paid monthly, on the 1st." : "You'll be paid weekly, on Mondays.";
    return { ok: true, message, values };
  },
);
