"use client";

import Link from "next/link";
import type { FormState } from "@/lib/forms/form-state";
import type { NotificationDto } from "@/lib/notifications/list-notifications";
import { cn } from "@/lib/ui/cn";
import { NotificationSummary } from "./notification-summary";
import { announceNotificationsChanged } from "./notifications-changed";

/**
 * The /notifications page's list: unread ones highlighted; one with a target is a link, and opening it marks it
 * read (the action re-renders the page, the bell is told to follow).
 */
export function NotificationList({
  notifications,
  markRead,
}: {
  notifications: NotificationDto[];
  markRead: (id: string) => Promise<FormState>;
}) {
  const open = (n: NotificationDto) => {
    if (!n.read) void markRead(n.id).then(announceNotificationsChanged);
  };
  return (
    <ul className="grid gap-2" aria-label="Notifications">
      {notifications.map((n) => {
        const row = cn(
          "flex items-start gap-3 rounded-xl border p-4",
          n.read ? "bg-card" : "border-primary/40 bg-accent",
        );
        return (
          <li key={n.id}>
            {n.link ? (
              <Link
                href={n.link}
                onClick={() => open(n)}
                className={cn(
                  row,
                  "transition-colors hover:bg-accent/70 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
                )}
              >
                <NotificationSummary notification={n} />
              </Link>
            ) : (
              <div className={row}>
                <NotificationSummary notification={n} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
