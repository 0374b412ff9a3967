// POST /api/v1/notifications/read-all — mark every unread notification of the caller read
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";

export const POST = withAuth({ permission: "notifications:read" }, async ({ actor }) => {
  const marked = await markAllNotificationsRead(actor);
  return Response.json({ marked, unreadCount: 0 });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
