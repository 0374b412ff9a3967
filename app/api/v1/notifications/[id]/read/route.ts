// POST /api/v1/notifications/:id/read — mark one notification read
import { withAuth } from "@/lib/api/handler";
import { markNotificationRead } from "@/lib/notifications/mark-read";
import { toNotificationDto } from "@/lib/notifications/list-notifications";

export const POST = withAuth<{ id: string }>({ permission: "notifications:read" }, async ({ actor, params }) => {
  const notification = await markNotificationRead(actor, params.id);
  return Response.json({ notification: toNotificationDto(notification) });
});
