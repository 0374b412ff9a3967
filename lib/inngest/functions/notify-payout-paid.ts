import { type EventData, events } from "../../events/definitions";
import { formatMoney } from "../../format";
import { type NoticeInput, sendNotice } from "../../notifications/send-notice";
import { describePeriod } from "../../payouts/rules";
import { inngest } from "../client";

function notice(d: EventData<typeof events.payoutPaid>): NoticeInput {
  const amount = formatMoney(d.amount, d.currency);
  const period = describePeriod({ start: new Date(d.periodStart), end: new Date(d.periodEnd) });
  return {
    userId: d.vendorId,
    type: "payout_paid",
    title: `You've been paid ${amount}`,
    paragraphs: [
      `We sent ${amount} to your Stripe account for your earnings of ${period}.`,
      "Stripe pays it out to your bank on your Stripe payout schedule, usually within a few business days.",
    ],
    link: "/vendor/earnings",
    ctaLabel: "See your earnings",
    dedupeKey: `payout-paid:${d.payoutId}`,
  };
}

// vendor/payout.paid → the vendor is told, in the app and by email
export const notifyPayoutPaid = inngest.createFunction(
  { id: "notify-payout-paid", retries: 4, triggers: [events.payoutPaid] },
  async ({ event, step }) => {
    await step.run("notify-vendor", () => sendNotice(notice(event.data)));
  },
);
