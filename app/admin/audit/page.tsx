import type { Metadata } from "next";
import Link from "next/link";
import { AdminFilterForm, type FilterForm, InvalidFiltersAlert } from "@/components/admin/admin-filter-form";
import { DataTable, Pager, pageHref } from "@/components/admin/data-table";
import { listAudit } from "@/lib/admin/list-audit";
import { AuditQuery } from "@/lib/admin/schemas";
import { requireActor } from "@/lib/auth/current-actor";
import { parseSearchParams, pickParams } from "@/lib/forms/search-params";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Audit log · Admin" };
export const dynamic = "force-dynamic";

const FILTERS = ["action", "entityType", "entityId", "actorId", "from", "to"] as const;
const FILTER_FORM: FilterForm = {
  label: "Filter the audit log",
  columns: 4,
  submit: "Filter",
  clearHref: "/admin/audit",
  fields: [
    { kind: "input", name: "action", id: "audit-action", label: "Action", placeholder: "e.g. user.role_changed" },
    {
      kind: "input",
      name: "entityType",
      id: "audit-type",
      label: "Entity type",
      placeholder: "user, booking, payout…",
    },
    { kind: "input", name: "entityId", id: "audit-entity", label: "Entity id" },
    { kind: "input", name: "actorId", id: "audit-actor", label: "Actor id" },
  ],
};
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
      <AdminFilterForm form={FILTER_FORM} values={params} filtered={Object.keys(filters).length > 0} />
      {error ? <InvalidFiltersAlert>Some filters are not valid, so the whole log is shown.</InvalidFiltersAlert> : null}
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
