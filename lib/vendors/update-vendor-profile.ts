import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { vendorProfileChanged } from "../cache/entries";
import { db } from "../db";
import type { UpdateVendorInput } from "./schemas";
import { loadVendorFor } from "./access";

/** The vendor (or an admin) edits the public name, bio and payout schedule. */
export async function updateVendorProfile(actor: Actor, vendorId: string, input: UpdateVendorInput) {
  const { profile } = await loadVendorFor(actor, vendorId);
  const saved = await db.$transaction(async (tx) => {
    const updated = await tx.vendorProfile.update({ where: { id: profile.id }, data: input });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "vendor.updated",
      entityType: "vendor",
      entityId: vendorId,
      data: { ...input },
    });
    return updated;
  });
  await vendorProfileChanged();
  return saved;
}
