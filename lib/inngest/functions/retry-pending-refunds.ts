import { findFailedRefundsToRetry, findStuckRefunds, resendStuckRefund } from "../../payments/retry-refunds";
import { retryFailedRefund } from "../../payments/retry-failed-refund";
import { inngest } from "../client";

// Every 10 minutes: refunds whose request to Stripe failed (network, outage) are sent again, and refunds Stripe
// reported as failed are tried again as new refunds, a bounded number of times. No refund is silently lost. Each
// refund is a step of its own, so a retry of the run does not repeat the refunds already handled.
export const retryPendingRefunds = inngest.createFunction(
  { id: "retry-pending-refunds", retries: 2, triggers: [{ cron: "TZ=UTC */10 * * * *" }] },
  async ({ step }) => {
    const stuck = await step.run("find-stuck", () => findStuckRefunds());
    let retried = 0;
    for (const id of stuck) if (await step.run(`retry-${id}`, () => resendStuckRefund(id))) retried++;
    const failed = await step.run("find-failed", () => findFailedRefundsToRetry());
    for (const id of failed) await step.run(`replace-${id}`, async () => (await retryFailedRefund(id))?.id ?? null);
    return { found: stuck.length, retried, failedRetried: failed.length };
  },
);
