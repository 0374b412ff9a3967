"use client";

import { Menu } from "lucide-react";
import dynamic from "next/dynamic";
import { useRef } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { useLazyOverlay } from "@/lib/ui/lazy-overlay";
import type { NavItem } from "@/lib/ui/navigation";

const loadSheet = () => import("./mobile-nav-sheet");
const MobileNavSheet = dynamic(() => loadSheet().then((m) => m.MobileNavSheet), { ssr: false });

/**
 * The header's links on a phone: a "Menu" button opening a sheet; hidden from md up, where the links fit inline. The
 * sheet's code is fetched when the visitor reaches for the button, not with every page (lib/ui/lazy-overlay.ts).
 */
export function MobileNav({ items, signedIn }: { items: NavItem[]; signedIn: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  const overlay = useLazyOverlay(loadSheet);
  return (
    // hidden by a wrapper rather than a className on the button (lib/ui/cn.ts)
    <div className="flex md:hidden">
      <button
        ref={button}
        type="button"
        aria-label="Menu"
        className={buttonVariants({ variant: "ghost", size: "icon" })}
        aria-expanded={overlay.open}
        {...overlay.trigger}
        onClick={overlay.show}
      >
        <Menu aria-hidden />
      </button>
      {overlay.mounted ? (
        <MobileNavSheet items={items} signedIn={signedIn} {...overlay.panel} returnFocusTo={button} />
      ) : null}
    </div>
  );
}
