import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/** Marks every unread notification of the actor read; returns how many changed. */
export async function markAllNotificationsRead(actor: Actor) {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
