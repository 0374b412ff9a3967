"use server";

import { formatMoney } from "@/lib/format";
import { Id, action } from "@/lib/forms/action";
import { Currency } from "@/lib/money/currency-schema";
import { payVendorNow } from "@/lib/payouts/pay-vendor-now";
import { runDuePayouts } from "@/lib/payouts/run-scheduled-payouts";

const paths = ["/admin/payouts"];

export const payVendorAction = action(
  { permission: "payouts:run", args: [Id, Currency], revalidate: paths },
  async ({ actor, args: [vendorId, currency] }) => {
    const payout = await payVendorNow(actor, { vendorId, currency });
    if (payout.status === "failed")
      return { formError: `Stripe refused the transfer: ${payout.failureMessage ?? "unknown reason"}` };
    return { ok: true, message: `Paid ${formatMoney(payout.amount, payout.currency)}` };
  },
);

export const runPayoutsAction = action(
  { permission: "payouts:run", args: [], revalidate: paths },
  async ({ actor }) => {
    const run = await runDuePayouts(actor);
    return {
      ok: true,
      message: `Run finished: ${run.paid} paid (${formatMoney(run.amount, "usd")}), ${run.failed} failed, ${run.notEnabled} waiting for Stripe onboarding, ${run.belowMinimum} below the minimum.`,
    };
  },
);
