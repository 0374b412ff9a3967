// POST /api/v1/notifications/:id/read — mark one notification read
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { toNotificationDto } from "@/lib/notifications/list-notifications";

export const POST = withAuth<{ id: string }>({ permission: "notifications:read" }, async ({ actor, params }) => {
  const notification = await markNotificationRead(actor, params.id);
  return Response.json({ notification: toNotificationDto(notification) });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
