"use client";

import { Menu } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { NavItem } from "@/lib/ui/navigation";
import { ReturnToLink } from "@/components/auth/return-to-link";

/** The header's links on a phone: a "Menu" button opening a sheet; hidden from md up, where the links fit inline. */
export function MobileNav({ items, signedIn }: { items: NavItem[]; signedIn: boolean }) {
  const pathname = usePathname();
  // every link is wrapped in SheetClose, so following one closes the sheet
  return (
    // hidden by a wrapper rather than a className on the Button, which would make the Button merge classes
    // (tailwind-merge) while hydrating every page (lib/ui/cn.ts)
    <div className="flex md:hidden">
      <Sheet>
        <SheetTrigger asChild>
          <Button variant="ghost" size="icon" aria-label="Menu">
            <Menu aria-hidden />
          </Button>
        </SheetTrigger>
        <SheetContent side="left">
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
    </div>
  );
}
