import { events } from "../../events/definitions";
import { sendNotice } from "../../notifications/send-notice";
import { describePeriod } from "../../payouts/rules";
import { formatMoney } from "../../ui/format";
import { flagTaxFormIfDue } from "../../vendors/flag-tax-form";
import { inngest } from "../client";

const tellVendor = (dedupeKey: string, vendorId: string, type: string, title: string, paragraphs: string[]) =>
  sendNotice({ userId: vendorId, type, title, paragraphs, link: "/vendor/earnings", ctaLabel: "See your earnings", dedupeKey });

const period = (d: { periodStart: string; periodEnd: string }) => describePeriod({ start: new Date(d.periodStart), end: new Date(d.periodEnd) });

export const notifyPayoutPaid = inngest.createFunction({ id: "notify-payout-paid", retries: 4, triggers: [events.payoutPaid] }, async ({ event, step }) => {
  const d = event.data;
  await step.run("notify-vendor", () =>
    tellVendor(`payout-paid:${d.payoutId}`, d.vendorId, "payout_paid", `You've been paid ${formatMoney(d.amount, d.currency)}`, [
      `We sent ${formatMoney(d.amount, d.currency)} to your Stripe account for your earnings of ${period(d)}.`,
      "Stripe pays it out to your bank on your Stripe payout schedule, usually within a few business days.",
    ]),
  );
  // the 1099 threshold is checked after every paid payout; the flag is set once per calendar year
  return step.run("tax-form-threshold", () => flagTaxFormIfDue(d.vendorId, new Date()));
});

export const notifyPayoutFailed = inngest.createFunction({ id: "notify-payout-failed", retries: 4, triggers: [events.payoutFailed] }, async ({ event, step }) => {
  const d = event.data;
  await step.run("notify-vendor", () =>
    tellVendor(`payout-failed:${d.payoutId}`, d.vendorId, "payout_failed", `Your payout of ${formatMoney(d.amount, d.currency)} did not go through`, [
      `Stripe did not accept the transfer of ${formatMoney(d.amount, d.currency)} for ${period(d)}: ${d.reason}`,
      "The money is back in your available balance and is paid at the next run. Check your Stripe account for anything it still needs.",
    ]),
  );
});
