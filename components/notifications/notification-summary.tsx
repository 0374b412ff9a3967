import type { NotificationDto } from "@/lib/notifications/list-notifications";
import { cn } from "@/lib/ui/cn";
import { RelativeTime } from "./relative-time";

/** One notification's dot, title, text and time: the content of a bell item and of a /notifications row. */
export function NotificationSummary({ notification: n }: { notification: NotificationDto }) {
  return (
    <>
      <span
        className={cn("mt-1.5 size-2 shrink-0 rounded-full", n.read ? "bg-transparent" : "bg-primary")}
        aria-hidden
      />
      <span className="grid min-w-0 gap-0.5">
        <span className={cn("text-sm break-words", !n.read && "font-semibold")}>{n.title}</span>
        <span className="text-xs break-words text-muted-foreground">{n.body}</span>
        <span className="text-xs text-muted-foreground">
          <RelativeTime iso={n.createdAt} />
          {n.read ? null : <span className="sr-only">, unread</span>}
        </span>
      </span>
    </>
  );
}
