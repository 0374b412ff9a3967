import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { userChanged } from "../cache/entries";
import { db } from "../db";
import { notFound } from "../errors";
import { assertCanManageUser } from "./access";
import type { UpdateUserInput } from "./schemas";

export async function updateUser(actor: Actor, userId: string, input: UpdateUserInput) {
  assertCanManageUser(actor, userId, "users:update_any");
  const updated = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!existing) throw notFound("User");
    const user = await tx.user.update({
      where: { id: userId },
      data: { name: input.name, phone: input.phone },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.updated",
      entityType: "user",
      entityId: userId,
      data: { fields: Object.keys(input) },
    });
    return user;
  });
  await userChanged(userId);
  return updated;
}
