"use client";

import { type RefCallback, useCallback, useSyncExternalStore } from "react";

// The viewer's time zone and the formatter of their local times. Building the first Intl.DateTimeFormat loads the
// browser's time zone data: 8–22 ms of main thread on the project's 2-core machine (measured), which used to fall in
// the trip page's hydration, then in an idle task right after it (still inside the page's start-up, which Lighthouse
// counts as blocking time). It is now built only when the departures are within a screen of the viewport, or at the
// visitor's first scroll, tap or key — on a phone the departures are four screens down — in an idle task, and the
// rows show their "Your time" line in a later one. The server render never has that line (it cannot know the
// viewer's zone), so until then the rows look as the server sent them.
let zone: string | null = null;
let formatter: Intl.DateTimeFormat | undefined;
const listeners = new Set<() => void>();
let scheduled = false;

const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200);

function build() {
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
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const FIRST_INPUT = ["scroll", "pointerdown", "keydown"] as const;

/**
 * A ref for the element that holds the ViewerTime lines (the departures): the formatter is built once it comes
 * within a screen of the viewport or the visitor first scrolls, taps or types, whichever is first.
 */
export function useViewerTimeTrigger<T extends Element>(): RefCallback<T> {
  return useCallback((element: T | null) => {
    if (!element || scheduled) return;
    if (typeof IntersectionObserver !== "function") return build();
    const stop = () => {
      observer.disconnect();
      for (const type of FIRST_INPUT) window.removeEventListener(type, start);
    };
    const start = () => {
      stop();
      build();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
      rootMargin: "100% 0px",
    });
    observer.observe(element);
    for (const type of FIRST_INPUT) window.addEventListener(type, start, { passive: true });
    return stop;
  }, []);
}

const viewerZone = () => zone;
const noZone = () => null;

/** "Your time: …" when the viewer's time zone differs from the departure's; nothing on the server render. */
export function ViewerTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  const zoneHere = useSyncExternalStore(subscribe, viewerZone, noZone);
  if (!zoneHere || zoneHere === timeZone || !formatter) return null;
  return <span className="block text-[11px] text-muted-foreground">Your time: {formatter.format(new Date(iso))}</span>;
}
