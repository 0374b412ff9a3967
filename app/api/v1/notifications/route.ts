// GET /api/v1/notifications — the caller's in-app notifications, newest first
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/api/pagination";
import { withAuth } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/query";
import { ListNotificationsQuery, listNotifications, toNotificationDto } from "@/lib/notifications/list-notifications";

export const GET = withAuth({ permission: "notifications:read" }, async ({ req, actor }) => {
  const query = readQuery(req, ListNotificationsQuery);
  const { rows, total, unreadCount } = await listNotifications(actor, query);
  return Response.json({ ...pageResponse(rows.map(toNotificationDto), query, total), unreadCount });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
