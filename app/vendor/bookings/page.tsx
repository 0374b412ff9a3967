import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "@/components/ui/icons";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PassengerTable } from "@/components/vendor/passenger-table";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDateTime } from "@/lib/format";
import { plural } from "@/lib/text/plural";
import { listUpcomingPassengerLists } from "@/lib/vendors/list-departure-passengers";

export const metadata: Metadata = { title: "Bookings" };
export const dynamic = "force-dynamic";

/** The vendor's upcoming departures, each with who is coming and a CSV of it for the guide. */
export default async function VendorBookingsPage() {
  const actor = await requireActor("/vendor/bookings", "bookings:read_vendor");
  const lists = await listUpcomingPassengerLists(actor);
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-6 py-10">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Bookings</h1>
        <p className="text-sm text-muted-foreground">
          Who is coming on your upcoming departures. Bookings awaiting payment hold their seats until paid.
        </p>
      </div>
      {lists.length === 0 ? (
        <div className="grid justify-items-center gap-2 rounded-xl border border-dashed p-8 text-center">
          <p className="text-muted-foreground">No upcoming departures.</p>
          <Link href="/vendor" className="text-sm text-primary hover:underline">
            Add departures to your trips from the dashboard
          </Link>
        </div>
      ) : (
        lists.map(({ departure, trip, passengers }) => {
          const when = formatDateTime(departure.startsAt, departure.timeZone);
          const seats = passengers.reduce((sum, p) => sum + p.seats, 0);
          return (
            <Card key={departure.id}>
              <CardHeader className="flex flex-wrap items-start justify-between gap-3">
                <div className="grid gap-1">
                  <CardTitle>
                    <h2>
                      <Link href={`/vendor/trips/${trip.id}`} className="hover:underline">
                        {trip.title}
                      </Link>
                    </h2>
                  </CardTitle>
                  <p className="text-sm text-muted-foreground">
                    {when} · {plural(seats, "traveller")} on {plural(passengers.length, "booking")} ·{" "}
                    {Math.max(0, departure.capacity - departure.seatsTaken)} of {departure.capacity} seats left
                  </p>
                </div>
                {passengers.length > 0 ? (
                  <a
                    href={`/api/v1/departures/${departure.id}/passengers.csv`}
                    download
                    className="inline-flex items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm font-medium hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
                  >
                    <Download className="size-4" aria-hidden />
                    Download CSV
                    <span className="sr-only">
                      {" "}
                      of the passengers of {trip.title}, {when}
                    </span>
                  </a>
                ) : null}
              </CardHeader>
              <CardContent>
                <PassengerTable caption={`Passengers of ${trip.title}, ${when}`} passengers={passengers} />
              </CardContent>
            </Card>
          );
        })
      )}
    </div>
  );
}
