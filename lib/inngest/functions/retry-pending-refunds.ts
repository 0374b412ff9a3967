import { db } from "../../db";
import { logger } from "../../logger";
import { executeRefund } from "../../payments/execute-refund";
import { inngest } from "../client";

// Every 10 minutes: refunds whose request to Stripe failed (network, outage) are sent again. The idempotency key is
// the refund's own id, so a request that did reach Stripe is not repeated there.
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
    return { found: ids.length, retried };
  },
);
