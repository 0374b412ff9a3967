"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// Building an Intl.DateTimeFormat is the costly part (time zone data), and React asks for the snapshot on every render
// of every departure row: both are made once per page load.
let zone: string | undefined;
const viewerZone = () => (zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
let formatter: Intl.DateTimeFormat | undefined;
const viewerFormat = () =>
  (formatter ??= new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }));

/** "Your time: …" when the viewer's time zone differs from the departure's; nothing on the server render. */
export function ViewerTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  const zoneHere = useSyncExternalStore(subscribe, viewerZone, () => null);
  if (!zoneHere || zoneHere === timeZone) return null;
  return (
    <span className="block text-[11px] text-muted-foreground">Your time: {viewerFormat().format(new Date(iso))}</span>
  );
}
