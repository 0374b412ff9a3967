import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Button } from "@/components/ui/button";
import { listNotifications, toNotificationDto } from "@/lib/notifications/list-notifications";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { navigationFor } from "@/lib/ui/navigation";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

async function HeaderBell({ actor }: { actor: Actor }) {
  const { rows, unreadCount } = await listNotifications(actor, { page: 1, limit: 8, unread: undefined });
  return <NotificationBell initial={rows.map(toNotificationDto)} initialUnread={unreadCount} />;
}

/** `logout` is the app's logout server action (components never import app/, so the layout hands it down). */
export async function SiteHeader({ logout }: { logout: () => Promise<void> }) {
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
              <HeaderBell actor={actor} />
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
