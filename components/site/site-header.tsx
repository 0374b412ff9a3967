import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Button } from "@/components/ui/button";
import { listNotifications, toNotificationDto } from "@/lib/notifications/list-notifications";
import { BELL_LIMIT } from "@/lib/notifications/notification-feed";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import type { FormState } from "@/lib/forms/form-state";
import { navigationFor } from "@/lib/ui/navigation";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";
import { ReturnToLink } from "@/components/auth/return-to-link";

type MarkRead = (id: string) => Promise<FormState>;
type MarkAllRead = () => Promise<FormState>;

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

/**
 * `logout`, `markNotificationRead` and `markAllNotificationsRead` are the app's server actions (components never
 * import app/, so the layout hands them down).
 */
export async function SiteHeader({
  logout,
  markNotificationRead,
  markAllNotificationsRead,
}: {
  logout: () => Promise<void>;
  markNotificationRead: MarkRead;
  markAllNotificationsRead: MarkAllRead;
}) {
  const actor = await currentActor();
  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur">
      <div className="mx-auto flex h-16 w-full max-w-6xl items-center gap-2 px-4 md:gap-6">
        <MobileNav items={navigationFor(actor?.role ?? null)} signedIn={actor !== null} />
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight" aria-label="Travellr home">
          <Logo />
          <span className="text-lg">Travellr</span>
        </Link>
        <div className="hidden min-w-0 md:flex">
          <NavLinks items={navigationFor(actor?.role ?? null)} />
        </div>
        <div className="ml-auto flex items-center gap-2">
          {actor ? (
            <>
              <HeaderBell actor={actor} markRead={markNotificationRead} markAllRead={markAllNotificationsRead} />
              <UserMenu name={actor.name} email={actor.email} role={actor.role} logout={logout} />
            </>
          ) : (
            <>
              <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
                <ReturnToLink page="/login">Log in</ReturnToLink>
              </Button>
              <Button asChild size="sm">
                <ReturnToLink page="/register">Sign up</ReturnToLink>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
