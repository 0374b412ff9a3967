import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { endSessionsAndTokens } from "../auth/end-sessions";
import { userChanged } from "../cache/entries";
import { db } from "../db";
import { notFound } from "../errors";
import { assertCanManageUser } from "./access";

/**
 * Deactivation keeps the user's bookings and money records. Tokens and sessions check the active flag on every
 * request, so they stop working at once; the session version is bumped too, so reactivation does not revive them.
 */
export async function deactivateUser(actor: Actor, userId: string) {
  assertCanManageUser(actor, userId, "users:deactivate_any");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { active: false, deactivatedAt: new Date() },
    });
    if (count === 0) throw notFound("User");
    await endSessionsAndTokens(userId, tx);
    await recordAudit(tx, { actorId: actor.id, action: "user.deactivated", entityType: "user", entityId: userId });
  });
  await userChanged(userId);
}
