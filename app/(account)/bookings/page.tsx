import { CalendarX2, History, Luggage } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { BOOKING_TAB_LABEL, BookingTabsNav } from "@/components/bookings/booking-tabs-nav";
import { MyBookingCard } from "@/components/bookings/my-booking-card";
import { WaitlistButton } from "@/components/bookings/waitlist-button";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { type BookingTab, parseBookingTab } from "@/lib/bookings/booking-tab";
import { listMyBookings } from "@/lib/bookings/list-my-bookings";
import { listMyWaitlist } from "@/lib/waitlist/list-my-waitlist";
import { toggleWaitlistAction } from "@/app/(site)/trips/[id]/waitlist-actions";
import { formatDateTime } from "@/lib/format";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "My bookings" };
export const dynamic = "force-dynamic";

const EMPTY: Record<BookingTab, { icon: typeof Luggage; title: string; text: string; findTrip: boolean }> = {
  upcoming: {
    icon: Luggage,
    title: "No upcoming trips.",
    text: "When you book a trip, it shows up here with its booking code, status and receipt.",
    findTrip: true,
  },
  past: {
    icon: History,
    title: "No past trips yet.",
    text: "Trips you have been on show up here, with their receipts.",
    findTrip: false,
  },
  cancelled: {
    icon: CalendarX2,
    title: "No cancelled bookings.",
    text: "Bookings you cancel, and holds that ran out before payment, show up here.",
    findTrip: false,
  },
};

function EmptyTab({ tab }: { tab: BookingTab }) {
  const { icon: Icon, title, text, findTrip } = EMPTY[tab];
  return (
    <div className="grid justify-items-center gap-3 rounded-xl border border-dashed p-12 text-center">
      <Icon className="size-10 text-muted-foreground" aria-hidden />
      <p className="font-medium">{title}</p>
      <p className="text-sm text-muted-foreground">{text}</p>
      {findTrip ? (
        <Button asChild>
          <Link href="/trips">Find a trip</Link>
        </Button>
      ) : null}
    </div>
  );
}

async function Waitlists({ actor }: { actor: Actor }) {
  const waitlist = await listMyWaitlist(actor);
  if (waitlist.length === 0) return null;
  return (
    <section aria-labelledby="waitlists" className="grid gap-3">
      <h2 id="waitlists" className="text-lg font-semibold">
        Waitlists
      </h2>
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
  );
}

export default async function MyBookingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const tab = parseBookingTab((await searchParams).tab);
  const actor = await requireActor(tab === "upcoming" ? "/bookings" : `/bookings?tab=${tab}`);
  const tabs = await listMyBookings(actor);
  const counts = { upcoming: tabs.upcoming.length, past: tabs.past.length, cancelled: tabs.cancelled.length };
  const shown = tabs[tab];
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-8 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">My bookings</h1>
      <Waitlists actor={actor} />
      <div className="grid gap-4">
        <BookingTabsNav current={tab} counts={counts} />
        <section aria-labelledby="booking-list" className="grid gap-3">
          <h2 id="booking-list" className="sr-only">
            {BOOKING_TAB_LABEL[tab]} bookings
          </h2>
          {shown.length === 0 ? (
            <EmptyTab tab={tab} />
          ) : (
            <ul className="grid gap-3">
              {shown.map((b) => (
                <MyBookingCard key={b.id} booking={b} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
