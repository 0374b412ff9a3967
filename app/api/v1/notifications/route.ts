// GET /api/v1/notifications — the caller's in-app notifications, newest first
import { allowOnly } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/query";
import { listNotifications, toNotificationDto } from "@/lib/notifications/list-notifications";
import { notificationFeed } from "@/lib/notifications/notification-feed";
import { ListNotificationsQuery } from "@/lib/notifications/schemas";

export const GET = withAuth({ permission: "notifications:read" }, async ({ req, actor }) => {
  const query = readQuery(req, ListNotificationsQuery);
  const { rows, total, unreadCount } = await listNotifications(actor, query);
  return Response.json(notificationFeed(rows.map(toNotificationDto), query, total, unreadCount));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
