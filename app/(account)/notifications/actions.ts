"use server";

import { Id, action } from "@/lib/forms/action";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { plural } from "@/lib/text/plural";

/**
 * Opening a notification (in the header's bell or on /notifications) marks it read; the bell updates its own count
 * at once, the notifications page is re-rendered.
 */
export const markNotificationReadAction = action(
  { permission: "notifications:read", args: [Id], revalidate: ["/notifications"] },
  async ({ actor, args: [notificationId] }) => {
    await markNotificationRead(actor, notificationId);
    return { ok: true };
  },
);

/** "Mark all read", in the bell and on /notifications. */
export const markAllNotificationsReadAction = action(
  { permission: "notifications:read", args: [], revalidate: ["/notifications"] },
  async ({ actor }) => {
    const marked = await markAllNotificationsRead(actor);
    return {
      ok: true,
      message: marked === 0 ? "Nothing was unread." : `${plural(marked, "notification")} marked read.`,
    };
  },
);
