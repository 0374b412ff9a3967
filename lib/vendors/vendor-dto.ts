import type { Payout, VendorProfile } from "@prisma/client";

export type ConnectStatus = "not_connected" | "verification_pending" | "payouts_enabled";

export function connectStatus(p: Pick<VendorProfile, "stripeAccountId" | "payoutsEnabled">): ConnectStatus {
  if (!p.stripeAccountId) return "not_connected";
  return p.payoutsEnabled ? "payouts_enabled" : "verification_pending";
}

export function toVendorDto(p: VendorProfile) {
  return {
    id: p.userId,
    displayName: p.displayName,
    bio: p.bio,
    payoutSchedule: p.payoutSchedule,
    stripeAccountId: p.stripeAccountId,
    payoutsEnabled: p.payoutsEnabled,
    connectStatus: connectStatus(p),
    requirementsDue: p.requirementsDue,
    taxFormFlaggedAt: p.taxFormFlaggedAt?.toISOString() ?? null,
  };
}

export function toPayoutDto(p: Payout) {
  return {
    id: p.id,
    vendorId: p.vendorId,
    amount: p.amount,
    currency: p.currency,
    periodStart: p.periodStart.toISOString(),
    periodEnd: p.periodEnd.toISOString(),
    status: p.status,
    kind: p.kind,
    stripeTransferId: p.stripeTransferId,
    failureMessage: p.failureMessage,
    paidAt: p.paidAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}
