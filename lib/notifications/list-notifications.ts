import "server-only";
import { toSkipTake } from "../pagination";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { ListNotificationsQuery } from "./schemas";

export async function listNotifications(actor: Actor, query: ListNotificationsQuery) {
  const where = {
    userId: actor.id,
    ...(query.unread === undefined ? {} : { readAt: query.unread ? null : { not: null } }),
  };
  const [total, unreadCount, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...toSkipTake(query) }),
  ]);
  return { total, unreadCount, rows };
}

export function toNotificationDto(n: {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}) {
  return {
    id: n.id,
    type: n.type,
    title: n.title,
    body: n.body,
    link: n.link,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  };
}
export type NotificationDto = ReturnType<typeof toNotificationDto>;
