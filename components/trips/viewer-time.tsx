"use client";

import { useSyncExternalStore } from "react";

// The viewer's time zone and the formatter of their local times. Building the first Intl.DateTimeFormat loads the
// browser's time zone data: 8–22 ms of main thread on the project's 2-core machine (measured), which used to fall in
// the trip page's hydration. It is now built once the browser is idle after the page has started, and the departure
// rows show their "Your time" line in a later idle task. The server render never has that line (it cannot know the
// viewer's zone), so until then the rows look as the server sent them.
let zone: string | null = null;
let formatter: Intl.DateTimeFormat | undefined;
const listeners = new Set<() => void>();
let scheduled = false;

const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200);

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!scheduled) {
    scheduled = true;
    whenIdle(() => {
      // the costly part, with a first format() that reads the zone's names, in one task; the rows' render in the next
      formatter = new Intl.DateTimeFormat("en-US", {
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      });
      formatter.format(Date.now());
      whenIdle(() => {
        zone = formatter!.resolvedOptions().timeZone;
        for (const notify of listeners) notify();
      });
    });
  }
  return () => listeners.delete(listener);
}

const viewerZone = () => zone;
const noZone = () => null;

/** "Your time: …" when the viewer's time zone differs from the departure's; nothing on the server render. */
export function ViewerTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  const zoneHere = useSyncExternalStore(subscribe, viewerZone, noZone);
  if (!zoneHere || zoneHere === timeZone || !formatter) return null;
  return <span className="block text-[11px] text-muted-foreground">Your time: {formatter.format(new Date(iso))}</span>;
}
