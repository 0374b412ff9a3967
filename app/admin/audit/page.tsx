import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, Pager, pageHref } from "@/components/admin/data-table";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { listAudit } from "@/lib/admin/list-audit";
import { AuditQuery } from "@/lib/admin/schemas";
import { requireActor } from "@/lib/auth/current-actor";
import { parseSearchParams, pickParams } from "@/lib/forms/search-params";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Audit log · Admin" };
export const dynamic = "force-dynamic";

const FILTERS = ["action", "entityType", "entityId", "actorId", "from", "to"] as const;
const ENTITY_LINK: Record<string, (id: string) => string> = {
  user: (id) => `/admin/users/${id}`,
  booking: (id) => `/bookings/${id}`,
  vendor: (id) => `/admin/users/${id}`,
};

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("/admin/audit", "audit:read");
  const { params, query, error } = parseSearchParams(await searchParams, AuditQuery);
  const { total, rows } = await listAudit(actor, query);
  const filters = pickParams(params, FILTERS);
  type Row = (typeof rows)[number];
  return (
    <div className="grid gap-6 py-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="text-muted-foreground">Every consequential change: who made it, to what, and when.</p>
      </div>
      <form
        role="search"
        aria-label="Filter the audit log"
        className="grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="grid gap-1">
          <Label htmlFor="audit-action">Action</Label>
          <Input id="audit-action" name="action" defaultValue={params.action} placeholder="e.g. user.role_changed" />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="audit-type">Entity type</Label>
          <Input
            id="audit-type"
            name="entityType"
            defaultValue={params.entityType}
            placeholder="user, booking, payout…"
          />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="audit-entity">Entity id</Label>
          <Input id="audit-entity" name="entityId" defaultValue={params.entityId} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="audit-actor">Actor id</Label>
          <Input id="audit-actor" name="actorId" defaultValue={params.actorId} />
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <Button type="submit">Filter</Button>
          {Object.keys(filters).length ? (
            <Button asChild variant="ghost">
              <Link href="/admin/audit">Clear filters</Link>
            </Button>
          ) : null}
        </div>
      </form>
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive"
        >
          Some filters are not valid, so the whole log is shown.
        </p>
      ) : null}
      <DataTable<Row>
        caption="Audit entries, newest first"
        rowKey={(a) => a.id}
        rows={rows}
        empty="No audit entry matches these filters."
        columns={[
          {
            header: "When",
            cell: (a) => <span className="whitespace-nowrap">{formatDateTime(a.createdAt, "UTC")}</span>,
          },
          { header: "Action", cell: (a) => <code className="text-xs">{a.action}</code> },
          {
            header: "Entity",
            cell: (a) => {
              const link = ENTITY_LINK[a.entityType];
              return (
                <span className="text-xs">
                  {a.entityType}{" "}
                  {link ? (
                    <Link className="font-mono text-primary hover:underline" href={link(a.entityId)}>
                      {a.entityId}
                    </Link>
                  ) : (
                    <span className="font-mono">{a.entityId}</span>
                  )}
                </span>
              );
            },
          },
          {
            header: "By",
            cell: (a) =>
              a.actor ? (
                <Link href={`/admin/users/${a.actor.id}`} className="hover:underline">
                  {a.actor.name}
                </Link>
              ) : (
                <span className="text-muted-foreground">system</span>
              ),
          },
          {
            header: "Details",
            cell: (a) =>
              a.data ? (
                <code className="block max-w-xs truncate text-xs text-muted-foreground" title={JSON.stringify(a.data)}>
                  {JSON.stringify(a.data)}
                </code>
              ) : null,
          },
        ]}
      />
      <Pager
        total={total}
        page={query.page}
        limit={query.limit}
        noun="entries"
        href={pageHref("/admin/audit", filters)}
      />
    </div>
  );
}
