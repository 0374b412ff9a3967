import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";

/** Marks one of the actor's notifications read (idempotent); someone else's is a 404. */
export async function markNotificationRead(actor: Actor, notificationId: string) {
  const existing = await db.notification.findFirst({ where: { id: notificationId, userId: actor.id } });
  if (!existing) throw notFound("Notification");
  if (existing.readAt) return existing;
  return db.notification.update({ where: { id: notificationId }, data: { readAt: new Date() } });
}
