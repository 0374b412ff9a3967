import { Luggage } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBookings } from "@/lib/bookings/list-my-bookings";
import { listMyWaitlist } from "@/lib/waitlist/list-my-waitlist";
import { WaitlistButton } from "@/components/bookings/waitlist-button";
import { toggleWaitlistAction } from "@/app/(site)/trips/[id]/waitlist-actions";
import { formatDateTime, formatMoney } from "@/lib/format";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "My bookings" };

type Booking = Awaited<ReturnType<typeof listMyBookings>>["upcoming"][number];

function BookingList({ title, bookings }: { title: string; bookings: Booking[] }) {
  return (
    <section className="grid gap-3" aria-label={title}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="grid gap-3">
        {bookings.map((b) => (
          <li key={b.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border bg-card p-4">
            <div className="grid gap-1">
              <Link href={`/bookings/${b.id}`} className="font-medium hover:underline">
                {b.trip.title}
              </Link>
              <span className="text-sm text-muted-foreground">
                {b.trip.city}, {b.trip.country} · {formatDateTime(b.departure.startsAt, b.departure.timeZone)} ·{" "}
                {plural(b.seats, "seat")}
              </span>
            </div>
            <div className="flex items-center gap-3">
              <span className="font-medium">{formatMoney(b.totalAmount, b.currency)}</span>
              <BookingStatusBadge status={b.status} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function MyBookingsPage() {
  const actor = await requireActor("/bookings");
  const [{ upcoming, past }, waitlist] = await Promise.all([listMyBookings(actor), listMyWaitlist(actor)]);
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-8 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">My bookings</h1>
      {waitlist.length > 0 ? (
        <section aria-label="Waitlists" className="grid gap-3">
          <h2 className="text-lg font-semibold">Waitlists</h2>
          <ul className="grid gap-3">
            {waitlist.map((w) => (
              <li
                key={w.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-xl border bg-card p-4 text-sm"
              >
                <span className="grid gap-0.5">
                  <Link href={`/trips/${w.departure.trip.id}`} className="font-medium hover:underline">
                    {w.departure.trip.title}
                  </Link>
                  <span className="text-muted-foreground">
                    {formatDateTime(w.departure.startsAt, w.departure.timeZone)} · {plural(w.seats, "seat")}
                  </span>
                </span>
                <span className="flex items-center gap-3">
                  <span className="text-xs text-muted-foreground">
                    {w.notifiedAt ? "Seats freed up — book now" : "Waiting"}
                  </span>
                  <WaitlistButton
                    tripId={w.departure.trip.id}
                    departureId={w.departureId}
                    label={formatDateTime(w.departure.startsAt, w.departure.timeZone)}
                    joined
                    toggle={toggleWaitlistAction}
                  />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {upcoming.length + past.length === 0 ? (
        <div className="grid justify-items-center gap-3 rounded-xl border border-dashed p-12 text-center">
          <Luggage className="size-10 text-muted-foreground" aria-hidden />
          <p className="font-medium">You have no bookings yet.</p>
          <p className="text-sm text-muted-foreground">
            When you book a trip, it shows up here with its status and receipt.
          </p>
          <Button asChild>
            <Link href="/trips">Find a trip</Link>
          </Button>
        </div>
      ) : (
        <>
          {upcoming.length > 0 ? <BookingList title="Upcoming" bookings={upcoming} /> : null}
          {past.length > 0 ? <BookingList title="Past" bookings={past} /> : null}
        </>
      )}
    </div>
  );
}
