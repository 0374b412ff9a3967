import { CreditCard, FileText } from "@/components/ui/icons";
import Link from "next/link";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { HoldCountdown } from "@/components/checkout/hold-countdown";
import { Button } from "@/components/ui/button";
import type { MyBooking } from "@/lib/bookings/list-my-bookings";
import { formatDateTime, formatMoney } from "@/lib/format";
import { plural } from "@/lib/text/plural";

/** One booking in My bookings; a pending one offers to finish paying while its seats are held. */
export function MyBookingCard({ booking: b }: { booking: MyBooking }) {
  const hasReceipt = b.status === "confirmed" || b.status === "completed" || b.status === "cancelled";
  return (
    <li className="grid gap-3 rounded-xl border bg-card p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid min-w-0 gap-1">
          <Link href={`/bookings/${b.id}`} className="font-medium hover:underline">
            {b.trip.title}
          </Link>
          <span className="text-sm text-muted-foreground">
            {b.trip.city}, {b.trip.country} · {formatDateTime(b.departure.startsAt, b.departure.timeZone)} ·{" "}
            {plural(b.seats, "seat")}
          </span>
          <span className="text-sm">
            Booking code <span className="font-mono font-medium tracking-wide">{b.code}</span>
          </span>
        </div>
        <div className="flex items-center gap-3">
          <span className="font-medium tabular-nums">{formatMoney(b.totalAmount, b.currency)}</span>
          <BookingStatusBadge status={b.status} />
        </div>
      </div>
      {b.status === "pending" ? (
        <div className="flex flex-wrap items-center gap-3">
          <HoldCountdown expiresAt={b.holdExpiresAt.toISOString()} />
          <Button asChild size="sm">
            <Link href={`/checkout/${b.id}`}>
              <CreditCard aria-hidden /> Complete payment<span className="sr-only"> for booking {b.code}</span>
            </Link>
          </Button>
        </div>
      ) : hasReceipt ? (
        <div>
          <Button asChild size="sm" variant="outline">
            <Link href={`/bookings/${b.id}/receipt`}>
              <FileText aria-hidden /> Receipt<span className="sr-only"> for booking {b.code}</span>
            </Link>
          </Button>
        </div>
      ) : null}
    </li>
  );
}
