import "server-only";
import type { PayoutSchedule } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { forbidden } from "../errors";
import { createPayouts, type PayoutRunPlan } from "./create-payouts";
import { executePayout } from "./execute-payout";
import { remindToConnect } from "./remind-to-connect";
import { payoutPeriod } from "./rules";

/** Creates the payouts of one schedule's last ended period (the transfers follow, one per payout). */
export async function planScheduledPayouts(
  schedule: PayoutSchedule,
  runAt: Date,
): Promise<PayoutRunPlan & { periodStart: string; periodEnd: string }> {
  const period = payoutPeriod(schedule, runAt);
  const plan = await createPayouts({ kind: "scheduled", schedule, periodStart: period.start, periodEnd: period.end });
  return { ...plan, periodStart: period.start.toISOString(), periodEnd: period.end.toISOString() };
}

export interface RunSummary {
  paid: number;
  failed: number;
  pending: number;
  notEnabled: number;
  belowMinimum: number;
  amount: number;
}

/**
 * An admin runs every due vendor now: both schedules, each for its last ended period (vendors already paid for it
 * are skipped by the unique period), transfers made right away. The cron functions do the same, fanned out.
 */
export async function runDuePayouts(actor: Actor, now = new Date()): Promise<RunSummary> {
  if (!can(actor.role, "payouts:run")) throw forbidden("Only admins can run payouts");
  const summary: RunSummary = { paid: 0, failed: 0, pending: 0, notEnabled: 0, belowMinimum: 0, amount: 0 };
  for (const schedule of ["weekly", "monthly"] as const) {
    const plan = await planScheduledPayouts(schedule, now);
    summary.notEnabled += plan.notEnabled.length;
    summary.belowMinimum += plan.belowMinimum.length;
    await remindToConnect(plan.notEnabled, plan.periodEnd);
    for (const created of plan.created) {
      const payout = await executePayout(created.id).catch(() => null);
      if (payout?.status === "paid") {
        summary.paid++;
        summary.amount += payout.amount;
      } else if (payout?.status === "failed") summary.failed++;
      else summary.pending++;
    }
  }
  await db.auditLog.create({
    data: {
      actorId: actor.id,
      action: "payouts.run",
      entityType: "payout_run",
      entityId: now.toISOString(),
      data: { ...summary },
    },
  });
  return summary;
}
