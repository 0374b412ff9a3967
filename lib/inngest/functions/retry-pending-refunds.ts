import { db } from "../../db";
import { logger } from "../../logger";
import { executeRefund } from "../../payments/execute-refund";
import { retryFailedRefund } from "../../payments/retry-failed-refund";
import { inngest } from "../client";

// Every 10 minutes: refunds whose request to Stripe failed (network, outage) are sent again (the idempotency key is
// the refund's own id, so a request that did reach Stripe is not repeated there), and refunds Stripe reported as
// failed are tried again as new refunds. No refund is silently lost.
export const retryPendingRefunds = inngest.createFunction(
  { id: "retry-pending-refunds", retries: 2, triggers: [{ cron: "TZ=UTC */10 * * * *" }] },
  async ({ step }) => {
    const ids = await step.run("find-stuck", async () => {
      const stuck = await db.refund.findMany({ where: { status: "pending", stripeRefundId: null, createdAt: { lt: new Date(Date.now() - 60_000) } }, select: { id: true }, take: 100 });
      return stuck.map((r) => r.id);
    });
    let retried = 0;
    for (const id of ids) {
      const ok = await step.run(`retry-${id}`, () => executeRefund(id).then(() => true).catch((e) => (logger.warn({ err: e, id }, "refund retry failed"), false)));
      if (ok) retried++;
    }
    // refunds Stripe reported as failed: tried again as new refunds, a bounded number of times
    const failed = await step.run("find-failed", async () => {
      // only failures Stripe reported (they have a Stripe id): a refund Stripe refused outright would be refused again
      const rows = await db.refund.findMany({ where: { status: "failed", stripeRefundId: { not: null }, createdAt: { gt: new Date(Date.now() - 7 * 86_400_000) } }, select: { id: true, reason: true }, take: 100 });
      const retried = new Set((await db.refund.findMany({ where: { reason: { startsWith: "retry:" } }, select: { reason: true } })).map((r) => r.reason?.split(":")[2]));
      return rows.filter((r) => !retried.has(r.id)).map((r) => r.id);
    });
    for (const id of failed) await step.run(`replace-${id}`, () => retryFailedRefund(id).then((r) => r?.id ?? null));
    return { found: ids.length, retried, failedRetried: failed.length };
  },
);
