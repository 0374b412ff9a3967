import { events } from "../../events/definitions";
import { executePayout, stalePendingPayouts } from "../../payouts/execute-payout";
import { inngest } from "../client";

// One payout's Stripe transfer. Retried on network errors; the transfer's idempotency key (the payout id) makes a
// retry return the transfer already made.
export const executePayoutJob = inngest.createFunction(
  { id: "execute-payout", retries: 6, triggers: [events.payoutRequested] },
  async ({ event, step }) =>
    step.run("transfer", async () => {
      const payout = await executePayout(event.data.payoutId);
      return { status: payout.status, stripeTransferId: payout.stripeTransferId };
    }),
);

// Every 15 minutes: payouts left pending by a crash or an outage between the payout row and its transfer are resumed.
export const resumePendingPayouts = inngest.createFunction(
  { id: "resume-pending-payouts", retries: 2, triggers: [{ cron: "TZ=UTC */15 * * * *" }] },
  async ({ step }) => {
    const ids = await step.run("find-stale", () => stalePendingPayouts());
    for (const id of ids) await step.run(`resume-${id}`, async () => (await executePayout(id)).status);
    return { resumed: ids.length };
  },
);
