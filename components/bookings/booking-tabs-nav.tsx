import Link from "next/link";
import { BOOKING_TABS, type BookingTab } from "@/lib/bookings/booking-tab";
import { cn } from "@/lib/ui/cn";

export const BOOKING_TAB_LABEL: Record<BookingTab, string> = {
  upcoming: "Upcoming",
  past: "Past",
  cancelled: "Cancelled",
};

/**
 * The three lists of My bookings as links (`?tab=`), so each can be bookmarked, shared and opened with the back
 * button; the current one carries aria-current="page". The accessible name reads "Upcoming 2 bookings".
 */
export function BookingTabsNav({ current, counts }: { current: BookingTab; counts: Record<BookingTab, number> }) {
  return (
    <nav aria-label="Bookings by status">
      <ul className="flex gap-1 overflow-x-auto border-b">
        {BOOKING_TABS.map((tab) => {
          const selected = tab === current;
          return (
            <li key={tab}>
              <Link
                href={`/bookings?tab=${tab}`}
                aria-current={selected ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-2 rounded-t-md border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  selected
                    ? "border-primary text-foreground"
                    : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {BOOKING_TAB_LABEL[tab]}{" "}
                <span
                  className={cn(
                    "rounded-full px-2 py-0.5 text-xs tabular-nums",
                    selected ? "bg-primary text-primary-foreground" : "bg-muted text-foreground",
                  )}
                >
                  {counts[tab]}
                </span>
                <span className="sr-only"> {counts[tab] === 1 ? "booking" : "bookings"}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
