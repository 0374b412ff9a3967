import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Button } from "@/components/ui/button";
import { listNotifications, toNotificationDto } from "@/lib/notifications/list-notifications";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import type { FormState } from "@/lib/forms/form-state";
import { navigationFor } from "@/lib/ui/navigation";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

type MarkRead = (id: string) => Promise<FormState>;

async function HeaderBell({ actor, markRead }: { actor: Actor; markRead: MarkRead }) {
  const { rows, unreadCount } = await listNotifications(actor, { page: 1, limit: 8, unread: undefined });
  return <NotificationBell initial={rows.map(toNotificationDto)} initialUnread={unreadCount} markRead={markRead} />;
}

/**
 * `logout` and `markNotificationRead` are the app's server actions (components never import app/, so the layout
 * hands them down).
 */
export async function SiteHeader({
  logout,
  markNotificationRead,
}: {
  logout: () => Promise<void>;
  markNotificationRead: MarkRead;
}) {
  const actor = await currentActor();
  return (
    <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-16 w-full max-w-6xl items-center gap-6 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight" aria-label="Travellr home">
          <Logo />
          <span className="text-lg">Travellr</span>
        </Link>
        <NavLinks items={navigationFor(actor?.role ?? null)} />
        <div className="ml-auto flex items-center gap-2">
          {actor ? (
            <>
              <HeaderBell actor={actor} markRead={markNotificationRead} />
              <UserMenu name={actor.name} email={actor.email} role={actor.role} logout={logout} />
            </>
          ) : (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link href="/login">Log in</Link>
              </Button>
              <Button asChild size="sm">
                <Link href="/register">Sign up</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
