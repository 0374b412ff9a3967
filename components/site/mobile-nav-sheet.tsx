"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ReturnToLink } from "@/components/auth/return-to-link";
import { Button } from "@/components/ui/button";
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetTitle } from "@/components/ui/sheet";
import type { LazyOverlayPanelProps } from "@/lib/ui/lazy-overlay";
import type { NavItem } from "@/lib/ui/navigation";

/** The phone menu's sheet, loaded on first use by MobileNav (mobile-nav.tsx), whose button opens it. */
export function MobileNavSheet({
  items,
  signedIn,
  open,
  onOpenChange,
  returnFocusTo,
}: { items: NavItem[]; signedIn: boolean } & LazyOverlayPanelProps) {
  const pathname = usePathname();
  // every link is wrapped in SheetClose, so following one closes the sheet
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="left" returnFocusTo={returnFocusTo}>
        <SheetTitle>Travellr</SheetTitle>
        <SheetDescription className="sr-only">Site navigation</SheetDescription>
        <nav aria-label="Main" className="flex flex-col gap-1">
          {items.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <SheetClose asChild key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`rounded-md px-3 py-2.5 text-base hover:bg-accent hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none ${active ? "bg-accent font-medium text-accent-foreground" : "text-muted-foreground"}`}
                >
                  {item.label}
                </Link>
              </SheetClose>
            );
          })}
        </nav>
        {signedIn ? null : (
          <div className="mt-auto grid gap-2">
            <SheetClose asChild>
              <Button asChild variant="outline">
                <ReturnToLink page="/login">Log in</ReturnToLink>
              </Button>
            </SheetClose>
            <SheetClose asChild>
              <Button asChild>
                <ReturnToLink page="/register">Sign up</ReturnToLink>
              </Button>
            </SheetClose>
          </div>
        )}
      </SheetContent>
    </Sheet>
  );
}
