import { type EventData, events } from "../../events/definitions";
import { formatMoney } from "../../format";
import { type NoticeInput, sendNotice } from "../../notifications/send-notice";
import { describePeriod } from "../../payouts/rules";
import { inngest } from "../client";

function notice(d: EventData<typeof events.payoutFailed>): NoticeInput {
  const amount = formatMoney(d.amount, d.currency);
  const period = describePeriod({ start: new Date(d.periodStart), end: new Date(d.periodEnd) });
  return {
    userId: d.vendorId,
    type: "payout_failed",
    title: `Your payout of ${amount} did not go through`,
    paragraphs: [
      `Stripe did not accept the transfer of ${amount} for ${period}: ${d.reason}`,
      "The money is back in your available balance and is paid at the next run. Check your Stripe account for anything it still needs.",
    ],
    link: "/vendor/earnings",
    ctaLabel: "See your earnings",
    dedupeKey: `payout-failed:${d.payoutId}`,
  };
}

// vendor/payout.failed → the vendor is told why, in the app and by email
export const notifyPayoutFailed = inngest.createFunction(
  { id: "notify-payout-failed", retries: 4, triggers: [events.payoutFailed] },
  async ({ event, step }) => {
    await step.run("notify-vendor", () => sendNotice(notice(event.data)));
  },
);
