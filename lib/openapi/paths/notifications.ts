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
  {
    method: "post",
    path: "/api/v1/notifications/read-all",
    summary: "Mark every unread notification of the caller read",
    access: "bearer",
    who: "authenticated",
    responses: {
      200: {
        description: "How many were unread until now (0 when there were none: calling it again is harmless)",
        schema: z.object({ marked: z.number().int().min(0), unreadCount: z.literal(0) }),
      },
    },
  },
]);
