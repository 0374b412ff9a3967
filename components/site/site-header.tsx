import Link from "next/link";
import { Button } from "@/components/ui/button";
import { currentActor } from "@/lib/auth/current-actor";
import { navigationFor } from "@/lib/ui/navigation";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { ReturnToLink } from "@/components/auth/return-to-link";
import { type MarkAllRead, type MarkRead, SignedInControls } from "./signed-in-controls";

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
            <SignedInControls
              actor={actor}
              logout={logout}
              markRead={markNotificationRead}
              markAllRead={markAllNotificationsRead}
            />
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
