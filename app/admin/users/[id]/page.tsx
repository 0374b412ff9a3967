import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { DataTable } from "@/components/admin/data-table";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { listAudit } from "@/lib/admin/list-audit";
import { type AdminBookingRow, listAdminBookings } from "@/lib/admin/list-bookings";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/forms/or-not-found";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { getUser } from "@/lib/users/get-user";
import { updateUserAction } from "../actions";

export const metadata: Metadata = { title: "User · Admin" };
export const dynamic = "force-dynamic";

const ROLES = ["traveller", "vendor", "admin"] as const;

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/admin/users/${id}`, "users:read_any");
  const user = await orNotFound(getUser(actor, id));
  const [bookings, audit] = await Promise.all([
    listAdminBookings(actor, { userId: id, page: 1, limit: 20 }),
    listAudit(actor, { entityType: "user", entityId: id, page: 1, limit: 50 }),
  ]);
  const self = actor.id === id;

  return (
    <div className="grid gap-6 py-10">
      <Link href="/admin/users" className="text-sm text-primary hover:underline">
        ← All users
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{user.name}</h1>
          <p className="text-muted-foreground">
            {user.email}
            {user.phone ? ` · ${user.phone}` : ""} · joined {formatDate(user.createdAt)}
          </p>
        </div>
        <div className="flex gap-2">
          <Badge variant="secondary" className="capitalize">
            {user.role}
          </Badge>
          {user.active ? <Badge variant="success">Active</Badge> : <Badge variant="destructive">Deactivated</Badge>}
        </div>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Access</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 text-sm">
          {self ? (
            <p className="text-muted-foreground">
              This is you: another admin has to change your role or deactivate you.
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {ROLES.filter((r) => r !== user.role).map((role) => (
              <ConfirmAction
                key={role}
                action={updateUserAction.bind(null, id, { role })}
                trigger={`Make ${role}`}
                title={`Make ${user.name} a ${role}?`}
                description={
                  role === "admin"
                    ? "Admins can see and change everything on the marketplace."
                    : `They get a ${role}'s access from their next request; nothing they booked or earned changes.`
                }
                confirm={`Make ${role}`}
              />
            ))}
            {user.active ? (
              <ConfirmAction
                action={updateUserAction.bind(null, id, { active: false })}
                trigger="Deactivate"
                variant="destructive"
                title={`Deactivate ${user.name}?`}
                description="They are signed out at once and cannot log in; their bookings and money records are kept. You can reactivate them later."
                confirm="Deactivate"
              />
            ) : (
              <ConfirmAction
                action={updateUserAction.bind(null, id, { active: true })}
                trigger="Reactivate"
                title={`Reactivate ${user.name}?`}
                description="They can log in again with their password."
                confirm="Reactivate"
              />
            )}
          </div>
        </CardContent>
      </Card>

      <section aria-labelledby="user-bookings" className="grid gap-3">
        <h2 id="user-bookings" className="text-lg font-semibold">
          Bookings
        </h2>
        <DataTable<AdminBookingRow>
          caption={`Bookings of ${user.name}`}
          rowKey={(b) => b.id}
          rows={bookings.rows}
          empty="No bookings."
          columns={[
            {
              header: "Booking",
              cell: (b) => (
                <Link href={`/bookings/${b.id}`} className="group grid font-mono text-primary">
                  <span className="text-sm font-medium group-hover:underline">{b.code}</span>
                  <span className="text-xs text-muted-foreground">{b.id}</span>
                </Link>
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
            { header: "Amount", align: "right", cell: (b) => formatMoney(b.totalAmount, b.currency) },
            { header: "Status", cell: (b) => <BookingStatusBadge status={b.status} /> },
          ]}
        />
      </section>

      <section aria-labelledby="user-audit" className="grid gap-3">
        <h2 id="user-audit" className="text-lg font-semibold">
          Audit trail
        </h2>
        {audit.rows.length === 0 ? (
          <p className="rounded-xl border border-dashed p-6 text-center text-muted-foreground">
            No changes recorded for this user.
          </p>
        ) : (
          <ol className="grid gap-2 text-sm">
            {audit.rows.map((a) => (
              <li
                key={a.id}
                className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg border bg-card px-4 py-2"
              >
                <span>
                  <code className="text-xs">{a.action}</code> by {a.actor ? a.actor.name : "the system"}
                  {a.data && typeof a.data === "object" && "to" in a.data ? ` → ${String(a.data.to)}` : ""}
                </span>
                <time dateTime={a.createdAt.toISOString()} className="text-xs text-muted-foreground">
                  {formatDateTime(a.createdAt, "UTC")}
                </time>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
