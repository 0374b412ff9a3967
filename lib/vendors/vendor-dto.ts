import type { Payout, VendorProfile } from "@prisma/client";
import { z } from "zod";
import { CurrencyCode, IsoDateTime, MinorUnits, NullableDateTime } from "../openapi/fields";

export type ConnectStatus = "not_connected" | "verification_pending" | "payouts_enabled";

export function connectStatus(p: Pick<VendorProfile, "stripeAccountId" | "payoutsEnabled">): ConnectStatus {
  if (!p.stripeAccountId) return "not_connected";
  return p.payoutsEnabled ? "payouts_enabled" : "verification_pending";
}

// The response shapes are zod schemas, so the OpenAPI document publishes exactly what these functions return.
export const VendorDto = z.object({
  id: z.string().describe("The vendor's user id"),
  displayName: z.string(),
  bio: z.string().nullable(),
  payoutSchedule: z.enum(["weekly", "monthly"]),
  stripeAccountId: z.string().nullable(),
  payoutsEnabled: z.boolean(),
  connectStatus: z.enum(["not_connected", "verification_pending", "payouts_enabled"]),
  requirementsDue: z.array(z.string()),
  taxFormFlaggedAt: NullableDateTime,
});
export type VendorDto = z.infer<typeof VendorDto>;

export function toVendorDto(p: VendorProfile): VendorDto {
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

export const PayoutDto = z.object({
  id: z.string(),
  vendorId: z.string(),
  amount: MinorUnits,
  currency: CurrencyCode,
  periodStart: IsoDateTime,
  periodEnd: IsoDateTime,
  status: z.enum(["pending", "paid", "failed"]),
  kind: z.enum(["scheduled", "manual"]),
  stripeTransferId: z.string().nullable(),
  failureMessage: z.string().nullable(),
  paidAt: NullableDateTime,
  createdAt: IsoDateTime,
});
export type PayoutDto = z.infer<typeof PayoutDto>;

export function toPayoutDto(p: Payout): PayoutDto {
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
