"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { type FormState, formError } from "@/lib/forms/form-state";
import { payVendorNow } from "@/lib/payouts/pay-vendor-now";
import { runDuePayouts } from "@/lib/payouts/run-scheduled-payouts";
import { formatMoney } from "@/lib/ui/format";

export async function payVendorAction(vendorId: string, currency: string): Promise<FormState> {
  const actor = await requireActor("/admin/payouts", "payouts:run");
  try {
    const payout = await payVendorNow(actor, { vendorId, currency });
    revalidatePath("/admin/payouts");
    if (payout.status === "failed") return { formError: `Stripe refused the transfer: ${payout.failureMessage ?? "unknown reason"}` };
    return { ok: true, message: `Paid ${formatMoney(payout.amount, payout.currency)}` };
  } catch (error) {
    return formError(error);
  }
}

export async function runPayoutsAction(): Promise<FormState> {
  const actor = await requireActor("/admin/payouts", "payouts:run");
  const run = await runDuePayouts(actor);
  revalidatePath("/admin/payouts");
  return {
    ok: true,
    message: `Run finished: ${run.paid} paid (${formatMoney(run.amount, "usd")}), ${run.failed} failed, ${run.notEnabled} waiting for Stripe onboarding, ${run.belowMinimum} below the minimum.`,
  };
}
