import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "@/components/ui/icons";
import { StatCard } from "@/components/site/stat-card";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDateTime, formatMoney } from "@/lib/format";
import { getVendorOverview } from "@/lib/vendors/get-vendor-overview";
import { listVendorBookings } from "@/lib/vendors/list-vendor-bookings";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { CompleteBookingButton } from "@/components/vendor/complete-booking-button";
import { completeBookingAction } from "./actions";

export const metadata: Metadata = { title: "Vendor dashboard" };

export default async function VendorDashboard() {
  const actor = await requireActor("/vendor", "trips:manage_own");
  const [{ trips, totals }, bookings] = await Promise.all([getVendorOverview(actor), listVendorBookings(actor)]);
  const now = new Date();
  const occupancy = totals.seatsOffered ? Math.round((totals.seatsTaken / totals.seatsOffered) * 100) : 0;
  return (
    <div className="grid gap-8 py-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Vendor dashboard</h1>
          <p className="text-muted-foreground">Your trips and upcoming departures.</p>
        </div>
        <Button asChild>
          <Link href="/vendor/trips/new">
            <Plus aria-hidden /> New trip
          </Link>
        </Button>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label="Published trips" value={String(totals.published)} hint={`${trips.length} in total`} />
        <StatCard label="Upcoming departures" value={String(totals.upcomingDepartures)} />
        <StatCard
          label="Seats sold"
          value={`${totals.seatsTaken} / ${totals.seatsOffered}`}
          hint={`${occupancy} % of upcoming capacity`}
        />
      </div>
      {trips.length === 0 ? (
        <p className="rounded-xl border border-dashed p-10 text-center text-muted-foreground">You have no trips yet.</p>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border bg-card">
          <table className="w-full text-sm">
            <caption className="sr-only">Your trips</caption>
            <thead className="border-b bg-muted/50 text-left text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Trip
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Price
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Next departure
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  Departures
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  Seats sold
                </th>
              </tr>
            </thead>
            <tbody>
              {trips.map((t) => (
                <tr key={t.id} className="border-b last:border-0">
                  <td className="px-4 py-3">
                    <Link href={`/vendor/trips/${t.id}`} className="font-medium hover:underline">
                      {t.title}
                    </Link>
                    <div className="text-xs text-muted-foreground">
                      {t.city}, {t.country}
                    </div>
                  </td>
                  <td className="px-4 py-3">
                    <Badge variant={t.status === "published" ? "success" : "secondary"} className="capitalize">
                      {t.status}
                    </Badge>
                  </td>
                  <td className="px-4 py-3 tabular-nums">{formatMoney(t.pricePerSeat, t.currency)}</td>
                  <td className="px-4 py-3">{t.next ? formatDateTime(t.next.startsAt, t.next.timeZone) : "—"}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{t.upcoming}</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {t.taken} / {t.capacity}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="recent-bookings" className="grid gap-3">
        <h2 id="recent-bookings" className="text-lg font-semibold">
          Latest bookings
        </h2>
        {bookings.length === 0 ? (
          <p className="rounded-xl border border-dashed p-8 text-center text-muted-foreground">No bookings yet.</p>
        ) : (
          <div className="relative overflow-x-auto rounded-xl border bg-card">
            <table className="w-full text-sm">
              <caption className="sr-only">Latest bookings on your trips</caption>
              <thead className="border-b bg-muted/50 text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Trip
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Traveller
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Departure
                  </th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">
                    Seats
                  </th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">
                    Amount
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {bookings.map((b) => {
                  const refunded = b.refunds.reduce((s, r) => s + r.amount, 0);
                  return (
                    <tr key={b.id} className="border-b last:border-0">
                      <td className="px-4 py-3">
                        <Link href={`/bookings/${b.id}`} className="font-medium hover:underline">
                          {b.trip.title}
                        </Link>
                        <div className="font-mono text-xs text-muted-foreground">{b.code}</div>
                      </td>
                      <td className="px-4 py-3">{b.user.name}</td>
                      <td className="px-4 py-3">{formatDateTime(b.departure.startsAt, b.departure.timeZone)}</td>
                      <td className="px-4 py-3 text-right tabular-nums">{b.seats}</td>
                      <td className="px-4 py-3 text-right tabular-nums">
                        {formatMoney(b.totalAmount, b.currency)}
                        {refunded > 0 ? (
                          <div className="text-xs text-muted-foreground">
                            −{formatMoney(refunded, b.currency)} refunded
                          </div>
                        ) : null}
                      </td>
                      <td className="px-4 py-3">
                        <BookingStatusBadge status={b.status} />
                      </td>
                      <td className="px-4 py-3">
                        {b.status === "confirmed" && b.departure.startsAt <= now ? (
                          <CompleteBookingButton
                            action={completeBookingAction.bind(null, b.id)}
                            label={`${b.trip.title}, ${b.user.name}`}
                          />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
