"use client";

import { type RefObject, useState } from "react";

/** What an overlay panel loaded by useLazyOverlay takes: its state and the button to give focus back to. */
export type LazyOverlayPanelProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: RefObject<HTMLButtonElement | null>;
};

/**
 * State for an overlay — a dialog or a sheet — whose code is downloaded when the visitor reaches for it rather than
 * with the page: Radix's dialog, focus trap and scroll lock are about 20 kB of compressed script that a phone would
 * otherwise fetch and run before the page is interactive, for a menu most visits never open.
 *
 * Spread `trigger` on the button that opens it: pointing at it or focusing it starts the download, so the overlay is
 * usually there by the click (a menu's button also says `aria-expanded={open}`). `show()` (the click) mounts the
 * overlay and opens it; it stays mounted after closing, so it can animate out and reopens at once. Render the overlay
 * only once `mounted`, from a `next/dynamic` component whose loader is the `load` given here (a module is fetched
 * once, whoever asks first), and give it `panel` (its state) and `returnFocusTo`, a ref to the trigger, which gets
 * focus back when the overlay closes.
 */
export function useLazyOverlay(load: () => Promise<unknown>) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  // only a head start: if it fails, the overlay's own load on mounting (next/dynamic) is the one that reports it
  const preload = () => void load().catch(() => undefined);
  return {
    open,
    setOpen,
    mounted,
    show: () => {
      setMounted(true);
      setOpen(true);
    },
    trigger: { "aria-haspopup": "dialog" as const, onPointerEnter: preload, onFocus: preload },
    panel: { open, onOpenChange: setOpen } satisfies Omit<LazyOverlayPanelProps, "returnFocusTo">,
  };
}
