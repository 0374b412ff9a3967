import { BellOff } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { PaginationNav } from "@/components/site/pagination-nav";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/current-actor";
import { listNotifications, toNotificationDto } from "@/lib/notifications/list-notifications";
import { ListNotificationsQuery } from "@/lib/notifications/schemas";
import { plural } from "@/lib/text/plural";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

const PAGE_SIZE = 20;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor("/notifications", "notifications:read");
  const { page } = await searchParams;
  // a page number that cannot be read shows the first page
  const parsed = ListNotificationsQuery.safeParse({ page, limit: String(PAGE_SIZE) });
  const query = parsed.success ? parsed.data : { page: 1, limit: PAGE_SIZE, unread: undefined };
  const { rows, total, unreadCount } = await listNotifications(actor, query);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {total === 0 ? "Nothing yet" : unreadCount === 0 ? "All read" : plural(unreadCount, "unread notification")}
          </p>
        </div>
        {unreadCount > 0 ? <MarkAllReadButton markAllRead={markAllNotificationsReadAction} /> : null}
      </div>
      {total === 0 ? (
        <div className="grid justify-items-center gap-3 rounded-xl border border-dashed p-12 text-center">
          <BellOff className="size-8 text-muted-foreground" aria-hidden />
          <p className="font-medium">No notifications yet</p>
          <p className="max-w-sm text-sm text-muted-foreground">
            Booking confirmations, payment updates and waitlist news will appear here.
          </p>
          <Button asChild variant="outline" className="mt-2">
            <Link href="/trips">Explore trips</Link>
          </Button>
        </div>
      ) : rows.length > 0 ? (
        <NotificationList notifications={rows.map(toNotificationDto)} markRead={markNotificationReadAction} />
      ) : null}
      {total > 0 ? (
        <PaginationNav
          page={query.page}
          pages={pages}
          href={(p) => (p > 1 ? `/notifications?page=${p}` : "/notifications")}
        />
      ) : null}
    </div>
  );
}
