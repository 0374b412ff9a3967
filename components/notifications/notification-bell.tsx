"use client";

import { Bell, CheckCheck } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { getJson } from "@/lib/api/client";
import type { FormState } from "@/lib/forms/form-state";
import type { NotificationDto } from "@/lib/notifications/list-notifications";
import { BELL_LIMIT } from "@/lib/notifications/bell-limit";
import type { NotificationFeed } from "@/lib/notifications/notification-feed";
import { NotificationSummary } from "./notification-summary";
import { onNotificationsChanged } from "./notifications-changed";

const POLL_MS = 10_000;

/**
 * The header's bell: the server renders the first state; new notifications arrive by polling the REST API (a GET,
 * not a server action: actions run one at a time and would queue behind every poll). Opening one marks it read and
 * "Mark all read" marks them all, through the app's server actions; the list changes at once, and a poll that was
 * already under way when it changed is ignored so it cannot bring back the old unread state.
 */
export function NotificationBell({
  initial,
  initialUnread,
  markRead,
  markAllRead,
}: {
  initial: NotificationDto[];
  initialUnread: number;
  markRead: (id: string) => Promise<FormState>;
  markAllRead: () => Promise<FormState>;
}) {
  const [items, setItems] = useState(initial);
  const [unread, setUnread] = useState(initialUnread);
  // bumped by every local change: a poll started before it is stale
  const version = useRef(0);

  const refresh = useCallback(async () => {
    const started = version.current;
    const body = await getJson<NotificationFeed>(`/api/v1/notifications?limit=${BELL_LIMIT}`);
    if (!body || version.current !== started) return;
    setItems(body.data);
    setUnread(body.unreadCount);
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void refresh(), POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener("focus", onFocus);
    const stopListening = onNotificationsChanged(onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      stopListening();
    };
  }, [refresh]);

  /** Shows the change now, sends it, then reads the server's state again (which also undoes a change that failed). */
  async function change(
    apply: (n: NotificationDto) => NotificationDto,
    unreadAfter: (unread: number) => number,
    send: () => Promise<FormState>,
  ) {
    version.current += 1;
    setItems((list) => list.map(apply));
    setUnread(unreadAfter);
    try {
      await send();
    } finally {
      // whatever happened, the list shows the server's state again
      version.current += 1;
      await refresh();
    }
  }

  const open = (n: NotificationDto) =>
    n.read
      ? undefined
      : change(
          (x) => (x.id === n.id ? { ...x, read: true } : x),
          (u) => Math.max(0, u - 1),
          () => markRead(n.id),
        );
  // unread ones beyond the listed few are marked too: the badge goes to 0 at once
  const readAll = () =>
    change(
      (x) => ({ ...x, read: true }),
      () => 0,
      markAllRead,
    );

  const label = unread === 0 ? "Notifications" : `Notifications, ${unread} unread`;
  return (
    <DropdownMenu onOpenChange={(isOpen) => isOpen && void refresh()}>
      <DropdownMenuTrigger
        aria-label={label}
        className="relative flex size-9 items-center justify-center rounded-full text-muted-foreground outline-none hover:bg-accent hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <Bell className="size-5" aria-hidden />
        {unread > 0 ? (
          <span
            className="absolute -top-0.5 -right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] font-semibold text-white"
            aria-hidden
          >
            {unread > 9 ? "9+" : unread}
          </span>
        ) : null}
      </DropdownMenuTrigger>
      {/* never wider or taller than the screen: the list scrolls inside, header and footer stay */}
      <DropdownMenuContent
        align="end"
        collisionPadding={8}
        className="flex w-[min(24rem,calc(100vw_-_1rem))] max-h-[min(34rem,80dvh,var(--radix-dropdown-menu-content-available-height))] flex-col p-0"
      >
        <div className="flex items-center justify-between gap-2 px-2 py-1">
          <DropdownMenuLabel className="font-semibold">Notifications</DropdownMenuLabel>
          {/* stays in place once everything is read (disabled), so keyboard focus is not lost from under it */}
          <DropdownMenuItem
            disabled={unread === 0}
            // keeps the menu open to show the list turning read
            onSelect={(e) => {
              e.preventDefault();
              void readAll();
            }}
            className="text-primary"
          >
            <CheckCheck aria-hidden /> Mark all read
          </DropdownMenuItem>
        </div>
        <DropdownMenuSeparator className="mx-0 my-0" />
        <div
          role="group"
          aria-label="Latest notifications"
          className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-1"
        >
          {items.length === 0 ? (
            <p className="px-2 py-6 text-center text-sm text-muted-foreground">You’re all caught up.</p>
          ) : (
            items.map((n) =>
              n.link ? (
                <DropdownMenuItem key={n.id} asChild onSelect={() => void open(n)} className="items-start gap-3 py-2">
                  <Link href={n.link}>
                    <NotificationSummary notification={n} />
                  </Link>
                </DropdownMenuItem>
              ) : (
                <DropdownMenuItem
                  key={n.id}
                  onSelect={(e) => {
                    e.preventDefault();
                    void open(n);
                  }}
                  className="items-start gap-3 py-2"
                >
                  <NotificationSummary notification={n} />
                </DropdownMenuItem>
              ),
            )
          )}
        </div>
        <DropdownMenuSeparator className="mx-0 my-0" />
        <div className="p-1">
          <DropdownMenuItem asChild className="justify-center font-medium text-primary">
            <Link href="/notifications">See all notifications</Link>
          </DropdownMenuItem>
        </div>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
