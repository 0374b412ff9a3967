import { z } from "zod";
import { ListNotificationsQuery } from "../../notifications/schemas";
import { Page, defineOperations } from "../operation";
import { Notification } from "../responses";

export const notificationOperations = defineOperations([
  {
    method: "get",
    path: "/api/v1/notifications",
    summary: "The caller's in-app notifications, newest first",
    access: "bearer",
    who: "authenticated",
    query: ListNotificationsQuery,
    responses: {
      200: {
        description: "One page, with the unread count",
        schema: Page(Notification).extend({ unreadCount: z.number().int() }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/notifications/{id}/read",
    summary: "Mark a notification read",
    access: "bearer",
    who: "its owner",
    responses: { 200: { description: "The notification", schema: z.object({ notification: Notification }) } },
  },
]);
