import type { PayoutSchedule } from "@prisma/client";
import { events } from "../../events/definitions";
import { planScheduledPayouts } from "../../payouts/run-scheduled-payouts";
import { remindToConnect } from "../../payouts/remind-to-connect";
import { inngest } from "../client";

/**
 * A payout cron: creates every due payout of the period that just ended in one set-based step, then fans out one
 * `vendor/payout.requested` event per payout (its id is the payout's, itself unique per vendor, currency and period)
 * for the transfers, and tells vendors who cannot receive payouts yet how to connect.
 */
function scheduledPayouts(schedule: PayoutSchedule, cron: string) {
  return inngest.createFunction(
    { id: `${schedule}-payouts`, retries: 3, triggers: [{ cron }] },
    async ({ step, event }) => {
      const runAt = new Date(event.ts ?? Date.now());
      const plan = await step.run("create-payouts", async () => {
        const p = await planScheduledPayouts(schedule, runAt);
        return {
          periodEnd: p.periodEnd,
          created: p.created,
          notEnabled: p.notEnabled,
          belowMinimum: p.belowMinimum.length,
        };
      });
      if (plan.created.length > 0) {
        await step.sendEvent(
          "fan-out-transfers",
          plan.created.map((p) => ({
            name: events.payoutRequested.name,
            id: `vendor/payout.requested:${p.id}`,
            data: { payoutId: p.id, vendorId: p.vendorId, currency: p.currency, periodEnd: plan.periodEnd },
          })),
        );
      }
      if (plan.notEnabled.length > 0)
        await step.run("remind-to-connect", () => remindToConnect(plan.notEnabled, plan.periodEnd));
      return { created: plan.created.length, notEnabled: plan.notEnabled.length, belowMinimum: plan.belowMinimum };
    },
  );
}

export const weeklyPayouts = scheduledPayouts("weekly", "TZ=UTC 0 2 * * 1");
export const monthlyPayouts = scheduledPayouts("monthly", "TZ=UTC 0 2 1 * *");
