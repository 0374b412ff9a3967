import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { notFound } from "../errors";

/**
 * The vendor profile behind `/vendors/:id` (the vendor's user id), for that vendor or an admin; to anyone else it
 * does not exist (404). A user made a vendor after registering gets their profile on first use.
 */
export async function loadVendorFor(actor: Actor, vendorId: string) {
  if (actor.id !== vendorId && !can(actor.role, "earnings:read_any")) throw notFound("Vendor");
  const user = await db.user.findUnique({
    where: { id: vendorId },
    select: { id: true, email: true, name: true, role: true, vendorProfile: true },
  });
  if (!user) throw notFound("Vendor");
  if (user.vendorProfile) return { user, profile: user.vendorProfile };
  if (user.role !== "vendor") throw notFound("Vendor");
  const profile = await db.vendorProfile.upsert({
    where: { userId: user.id },
    create: { userId: user.id, displayName: user.name },
    update: {},
  });
  return { user, profile };
}
