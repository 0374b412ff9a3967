import { events } from "../../events/definitions";
import { monthOf } from "../../payouts/rules";
import { sendMonthlyStatement, vendorsWithActivity } from "../../vendors/send-monthly-statement";
import { inngest } from "../client";

// On the 1st (03:00 UTC): one statement per vendor whose money moved last month, fanned out with an id per
// vendor and month so a re-run sends nobody a second statement.
export const monthlyStatements = inngest.createFunction(
  { id: "monthly-statements", retries: 3, triggers: [{ cron: "TZ=UTC 0 3 1 * *" }] },
  async ({ step, event }) => {
    const at = new Date(event.ts ?? Date.now());
    const month = monthOf(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1)));
    const vendorIds = await step.run("find-vendors", () => vendorsWithActivity(month));
    if (vendorIds.length > 0) {
      await step.sendEvent(
        "fan-out",
        vendorIds.map((vendorId) => ({
          name: events.statementRequested.name,
          id: `vendor/statement:${vendorId}:${month}`,
          data: { vendorId, month },
        })),
      );
    }
    return { month, vendors: vendorIds.length };
  },
);

export const sendVendorStatement = inngest.createFunction(
  { id: "send-vendor-statement", retries: 4, triggers: [events.statementRequested] },
  async ({ event, step }) => step.run("send", () => sendMonthlyStatement(event.data.vendorId, event.data.month)),
);
