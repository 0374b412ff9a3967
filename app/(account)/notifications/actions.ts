"use server";

import { Id, action } from "@/lib/forms/action";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

/** Opening a notification in the header's bell marks it read (the bell updates its own count at once). */
export const markNotificationReadAction = action(
  { permission: "notifications:read", args: [Id] },
  async ({ actor, args: [notificationId] }) => {
    await markNotificationRead(actor, notificationId);
    return { ok: true };
  },
);
