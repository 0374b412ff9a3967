"use client";

import { Bell } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
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
import type { NotificationFeed } from "@/lib/notifications/notification-feed";
import { cn } from "@/lib/ui/cn";

const POLL_MS = 10_000;

function timeAgo(iso: string) {
  const s = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  if (s < 60) return "just now";
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
}

/**
 * The header's bell: the server renders the first state; new notifications arrive by polling the REST API (a GET,
 * not a server action: actions run one at a time and would queue behind every poll); opening one marks it read
 * through `markRead`, the app's server action.
 */
export function NotificationBell({
  initial,
  initialUnread,
  markRead,
}: {
  initial: NotificationDto[];
  initialUnread: number;
  markRead: (id: string) => Promise<FormState>;
}) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [unread, setUnread] = useState(initialUnread);

  const refresh = useCallback(async () => {
    const body = await getJson<NotificationFeed>("/api/v1/notifications?limit=8");
    if (!body) return;
    setItems(body.data);
    setUnread(body.unreadCount);
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void refresh(), POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener("focus", onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    };
  }, [refresh]);

  async function open(n: NotificationDto) {
    if (!n.read) {
      setItems((list) => list.map((x) => (x.id === n.id ? { ...x, read: true } : x)));
      setUnread((u) => Math.max(0, u - 1));
      await markRead(n.id);
    }
    if (n.link) router.push(n.link);
  }

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
      <DropdownMenuContent align="end" className="w-80">
        <DropdownMenuLabel className="font-semibold">Notifications</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {items.length === 0 ? (
          <p className="px-2 py-6 text-center text-sm text-muted-foreground">You’re all caught up.</p>
        ) : (
          items.map((n) => (
            <DropdownMenuItem key={n.id} onSelect={() => void open(n)} className="items-start gap-3 py-2">
              <span
                className={cn("mt-1.5 size-2 shrink-0 rounded-full", n.read ? "bg-transparent" : "bg-primary")}
                aria-hidden
              />
              <span className="grid gap-0.5">
                <span className={cn("text-sm", !n.read && "font-semibold")}>{n.title}</span>
                <span className="text-xs text-muted-foreground">{n.body}</span>
                <span className="text-[11px] text-muted-foreground">
                  {timeAgo(n.createdAt)}
                  {n.read ? "" : " · unread"}
                </span>
              </span>
            </DropdownMenuItem>
          ))
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
