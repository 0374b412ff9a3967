import "server-only";
import type { Role } from "@prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { endSessionsAndTokens } from "../auth/end-sessions";
import { can } from "../auth/permissions";
import { userChanged } from "../cache/entries";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import type { AdminUpdateUserInput } from "./schemas";

/**
 * An admin changes a user's role or active flag. It applies on the user's next request: sessions and bearer tokens
 * re-read the user every time, and a deactivated user can no longer log in. An admin cannot demote or deactivate
 * themself, and the last active admin cannot be removed: the active admins are locked while this is decided, so two
 * admins demoting each other at once cannot leave none.
 */
export async function adminUpdateUser(actor: Actor, userId: string, input: AdminUpdateUserInput) {
  if (!can(actor.role, "users:change_role")) throw forbidden();
  if (actor.id === userId && ((input.role && input.role !== "admin") || input.active === false)) {
    throw new AppError("conflict", "You cannot demote or deactivate yourself; ask another admin");
  }
  const result = await db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("User");
    if (removesLastAdmin(user, input, admins.length))
      throw new AppError("conflict", "This is the last active admin; make someone else an admin first");
    const data: { role?: Role; active?: boolean; deactivatedAt?: Date | null } = {};
    if (input.role && input.role !== user.role) data.role = input.role;
    if (input.active !== undefined && input.active !== user.active)
      Object.assign(data, { active: input.active, deactivatedAt: input.active ? null : new Date() });
    if (Object.keys(data).length === 0) return user;
    const updated = await tx.user.update({ where: { id: userId }, data });
    if (data.role) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.role_changed",
        entityType: "user",
        entityId: userId,
        data: { from: user.role, to: data.role },
      });
      if (data.role === "vendor")
        await tx.vendorProfile.upsert({ where: { userId }, create: { userId, displayName: user.name }, update: {} });
    }
    if (data.active === false) {
      await endSessionsAndTokens(userId, tx);
      await recordAudit(tx, { actorId: actor.id, action: "user.deactivated", entityType: "user", entityId: userId });
    }
    if (data.active === true)
      await recordAudit(tx, { actorId: actor.id, action: "user.reactivated", entityType: "user", entityId: userId });
    return updated;
  });
  await userChanged(userId);
  return result;
}

/** True when the change takes away the only active admin's admin rights (demotion or deactivation). */
export function removesLastAdmin(
  user: { role: Role; active: boolean },
  input: AdminUpdateUserInput,
  activeAdmins: number,
) {
  const losesAdmin =
    user.role === "admin" &&
    user.active &&
    ((input.role !== undefined && input.role !== "admin") || input.active === false);
  return losesAdmin && activeAdmins <= 1;
}
