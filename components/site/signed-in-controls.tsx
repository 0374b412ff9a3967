import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/form-state";
import { listNotifications, toNotificationDto } from "@/lib/notifications/list-notifications";
import { BELL_LIMIT } from "@/lib/notifications/notification-feed";
import { NotificationBell, UserMenu } from "./lazy-signed-in";

export type MarkRead = (id: string) => Promise<FormState>;
export type MarkAllRead = () => Promise<FormState>;

async function HeaderBell({
  actor,
  markRead,
  markAllRead,
}: {
  actor: Actor;
  markRead: MarkRead;
  markAllRead: MarkAllRead;
}) {
  const { rows, unreadCount } = await listNotifications(actor, { page: 1, limit: BELL_LIMIT, unread: undefined });
  return (
    <NotificationBell
      initial={rows.map(toNotificationDto)}
      initialUnread={unreadCount}
      markRead={markRead}
      markAllRead={markAllRead}
    />
  );
}

/** The header's controls for a signed-in user: the notification bell and the account menu. */
export function SignedInControls({
  actor,
  logout,
  markRead,
  markAllRead,
}: {
  actor: Actor;
  logout: () => Promise<void>;
  markRead: MarkRead;
  markAllRead: MarkAllRead;
}) {
  return (
    <>
      <HeaderBell actor={actor} markRead={markRead} markAllRead={markAllRead} />
      <UserMenu name={actor.name} email={actor.email} role={actor.role} logout={logout} />
    </>
  );
}
