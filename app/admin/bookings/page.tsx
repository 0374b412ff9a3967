import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "@/components/ui/icons";
import {
  AdminFilterForm,
  describeIssues,
  type FilterForm,
  InvalidFiltersAlert,
} from "@/components/admin/admin-filter-form";
import { DataTable, Pager, pageHref } from "@/components/admin/data-table";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { Button } from "@/components/ui/button";
import { type AdminBookingRow, listAdminBookings } from "@/lib/admin/list-bookings";
import { AdminBookingsQuery } from "@/lib/admin/schemas";
import { requireActor } from "@/lib/auth/current-actor";
import { parseSearchParams, pickParams } from "@/lib/forms/search-params";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Bookings · Admin" };
export const dynamic = "force-dynamic";

const FILTERS = ["q", "status", "vendorId", "tripId", "from", "to"] as const;
const STATUSES = ["pending", "confirmed", "completed", "cancelled", "expired"];
const FILTER_FORM: FilterForm = {
  label: "Filter bookings",
  columns: 5,
  submit: "Search",
  clearHref: "/admin/bookings",
  fields: [
    {
      kind: "input",
      name: "q",
      id: "bookings-q",
      label: "Search",
      placeholder: "Booking code or id, traveller email or trip title",
      className: "lg:col-span-2",
    },
    {
      kind: "select",
      name: "status",
      id: "bookings-status",
      label: "Status",
      options: [
        { value: "", label: "Any status" },
        ...STATUSES.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1), className: "capitalize" })),
      ],
    },
    { kind: "input", type: "date", name: "from", id: "bookings-from", label: "Booked from" },
    { kind: "input", type: "date", name: "to", id: "bookings-to", label: "Booked until" },
    // set by a link (the overview's top vendors) rather than typed; a new search keeps them
    { kind: "hidden", name: "vendorId" },
    { kind: "hidden", name: "tripId" },
  ],
};

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
      <AdminFilterForm form={FILTER_FORM} values={params} filtered={Object.keys(filters).length > 0} />
      {error ? (
        <InvalidFiltersAlert>
          Some filters are not valid ({describeIssues(error)}), so all bookings are shown.
        </InvalidFiltersAlert>
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
