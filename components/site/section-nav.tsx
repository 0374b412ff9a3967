"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/ui/cn";

export interface SectionNavItem {
  href: string;
  label: string;
  /** other paths under which this item is the current one */
  also?: string[];
}

/** An area's own tabs under the site header (vendor, admin). */
export function SectionNav({ label, items }: { label: string; items: SectionNavItem[] }) {
  const pathname = usePathname();
  // the first item is the area's home: it is current on its own path (and its `also` paths) only
  const isActive = (item: SectionNavItem, index: number) =>
    pathname === item.href ||
    (item.also ?? []).some((p) => pathname.startsWith(p)) ||
    (index > 0 && pathname.startsWith(`${item.href}/`));
  return (
    <nav aria-label={label} className="relative -mx-1 flex gap-1 overflow-x-auto border-b pt-6">
      {items.map((item, index) => {
        const active = isActive(item, index);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 border-transparent px-3 pb-2 text-sm whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
              active && "border-primary font-medium text-foreground",
            )}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
