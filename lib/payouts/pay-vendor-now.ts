import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { createPayouts, lockPayouts } from "./create-payouts";
import { executePayout } from "./execute-payout";
import { MINIMUM_PAYOUT } from "./rules";

export interface PayVendorNowOptions {
  vendorId: string;
  currency?: string;
  now?: Date;
}

/**
 * An admin pays a vendor everything available now. Under the payouts lock, so concurrent calls make one payout: the
 * others find nothing left (422 below_minimum). 409 payouts_not_enabled when the vendor cannot receive transfers.
 */
export async function payVendorNow(
  actor: Actor,
  { vendorId, currency = "usd", now = new Date() }: PayVendorNowOptions,
) {
  if (!can(actor.role, "payouts:run")) throw forbidden("Only admins can pay vendors out");
  const created = await db.$transaction(
    async (tx) => {
      await lockPayouts(tx);
      const profile = await tx.vendorProfile.findUnique({ where: { userId: vendorId } });
      if (!profile) throw notFound("Vendor");
      if (!profile.payoutsEnabled || !profile.stripeAccountId) {
        throw new AppError(
          "payouts_not_enabled",
          "This vendor has not finished Stripe onboarding, so payouts cannot be sent yet",
        );
      }
      const last = await tx.payout.findFirst({
        where: { vendorId, currency, status: { not: "failed" } },
        orderBy: { periodEnd: "desc" },
        select: { periodEnd: true },
      });
      const periodStart = last ? new Date(Math.min(last.periodEnd.getTime() + 1, now.getTime())) : profile.createdAt;
      const plan = await createPayouts(
        { kind: "manual", periodStart, periodEnd: now, vendorIds: [vendorId], currency },
        tx,
      );
      const payout = plan.created[0];
      if (!payout) {
        const available = plan.belowMinimum[0]?.available ?? 0;
        throw new AppError(
          "below_minimum",
          `The available balance is below the minimum payout of ${MINIMUM_PAYOUT} (minor units)`,
          { details: { available, minimum: MINIMUM_PAYOUT, currency } },
        );
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "payout.created",
        entityType: "payout",
        entityId: payout.id,
        data: { vendorId, amount: payout.amount, currency },
      });
      return payout;
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
  return executePayout(created.id);
}
