"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** "Your time: …" when the viewer's time zone differs from the departure's; nothing on the server render. */
export function ViewerTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  const viewerZone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  if (!viewerZone || viewerZone === timeZone) return null;
  const text = new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(iso));
  return <span className="block text-[11px] text-muted-foreground">Your time: {text}</span>;
}
