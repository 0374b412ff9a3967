"use client";

import { useSyncExternalStore } from "react";
import { formatDate } from "@/lib/format";
import { absoluteTime, relativeTime } from "@/lib/text/relative-time";

const MINUTE = 60_000;
// re-rendered once a minute, so "just now" becomes "1 minute ago" while the list is open
const subscribe = (tick: () => void) => {
  const timer = setInterval(tick, MINUTE);
  return () => clearInterval(timer);
};
const currentMinute = () => Math.floor(Date.now() / MINUTE);

/**
 * "5 minutes ago", with the exact moment (in the viewer's time zone) as the <time>'s title and machine-readable
 * dateTime. The server, which knows neither the viewer's clock nor zone, renders the date in UTC; the browser replaces
 * it after hydration.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const minute = useSyncExternalStore(subscribe, currentMinute, () => null);
  const date = new Date(iso);
  return (
    <time
      dateTime={iso}
      title={minute === null ? `${absoluteTime(date, "UTC")} UTC` : absoluteTime(date)}
      className={className}
    >
      {minute === null ? formatDate(date) : relativeTime(date, new Date(minute * MINUTE))}
    </time>
  );
}
