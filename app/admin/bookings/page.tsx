import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "lucide-react";
import { DataTable, Pager, pageHref } from "@/components/admin/data-table";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type AdminBookingRow, listAdminBookings } from "@/lib/admin/list-bookings";
import { AdminBookingsQuery } from "@/lib/admin/schemas";
import { requireActor } from "@/lib/auth/current-actor";
import { parseSearchParams, pickParams } from "@/lib/forms/search-params";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Bookings · Admin" };
export const dynamic = "force-dynamic";

const FILTERS = ["q", "status", "vendorId", "tripId", "from", "to"] as const;

export default async function AdminBookingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("/admin/bookings", "bookings:read_any");
  const { params, query, error } = parseSearchParams(await searchParams, AdminBookingsQuery);
  const { total, rows } = await listAdminBookings(actor, query);
  const filters = pickParams(params, FILTERS);
  const exportHref = `/api/v1/admin/bookings/export?${new URLSearchParams(error ? {} : filters)}`;

  return (
    <div className="grid gap-6 py-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Bookings</h1>
          <p className="text-muted-foreground">
            Find a booking by its code (TRV-…) or id, the traveller&apos;s email or the trip&apos;s title.
          </p>
        </div>
        <Button asChild variant="outline">
          <a href={exportHref} download>
            <Download aria-hidden /> Export CSV
          </a>
        </Button>
      </div>
      <form
        role="search"
        aria-label="Filter bookings"
        className="grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <div className="grid gap-1 lg:col-span-2">
          <Label htmlFor="bookings-q">Search</Label>
          <Input
            id="bookings-q"
            name="q"
            defaultValue={params.q}
            placeholder="Booking code or id, traveller email or trip title"
          />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="bookings-status">Status</Label>
          <select
            id="bookings-status"
            name="status"
            defaultValue={params.status ?? ""}
            className="h-9 rounded-md border border-input bg-background px-2 text-sm"
          >
            <option value="">Any status</option>
            {["pending", "confirmed", "completed", "cancelled", "expired"].map((s) => (
              <option key={s} value={s} className="capitalize">
                {s[0].toUpperCase() + s.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="bookings-from">Booked from</Label>
          <Input id="bookings-from" name="from" type="date" defaultValue={params.from} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="bookings-to">Booked until</Label>
          <Input id="bookings-to" name="to" type="date" defaultValue={params.to} />
        </div>
        {params.vendorId ? <input type="hidden" name="vendorId" value={params.vendorId} /> : null}
        {params.tripId ? <input type="hidden" name="tripId" value={params.tripId} /> : null}
        <div className="flex items-end gap-2 lg:col-span-5">
          <Button type="submit">Search</Button>
          {Object.keys(filters).length ? (
            <Button asChild variant="ghost">
              <Link href="/admin/bookings">Clear filters</Link>
            </Button>
          ) : null}
        </div>
      </form>
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive"
        >
          Some filters are not valid ({error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}), so all
          bookings are shown.
        </p>
      ) : null}
      <DataTable<AdminBookingRow>
        caption="Bookings, newest first"
        rowKey={(b) => b.id}
        empty="No booking matches these filters."
        rows={rows}
        columns={[
          {
            header: "Booking",
            cell: (b) => (
              <>
                <Link href={`/bookings/${b.id}`} className="group grid font-mono text-primary">
                  <span className="text-sm font-medium group-hover:underline">{b.code}</span>
                  <span className="text-xs text-muted-foreground">{b.id}</span>
                </Link>
                <div className="text-xs text-muted-foreground">{formatDate(b.createdAt)}</div>
              </>
            ),
          },
          {
            header: "Traveller",
            cell: (b) => (
              <>
                <div className="font-medium">{b.user.name}</div>
                <div className="text-xs text-muted-foreground">{b.user.email}</div>
              </>
            ),
          },
          {
            header: "Trip",
            cell: (b) => (
              <>
                <div>{b.trip.title}</div>
                <div className="text-xs text-muted-foreground">
                  {formatDateTime(b.departure.startsAt, b.departure.timeZone)}
                </div>
              </>
            ),
          },
          {
            header: "Amount",
            align: "right",
            cell: (b) => (
              <>
                {formatMoney(b.totalAmount, b.currency)}
                {b.refunded ? (
                  <div className="text-xs text-muted-foreground">−{formatMoney(b.refunded, b.currency)} refunded</div>
                ) : null}
              </>
            ),
          },
          { header: "Status", cell: (b) => <BookingStatusBadge status={b.status} /> },
        ]}
      />
      <Pager
        total={total}
        page={query.page}
        limit={query.limit}
        noun="bookings"
        href={pageHref("/admin/bookings", filters)}
      />
    </div>
  );
}
