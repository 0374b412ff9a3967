import type { StripeEvent } from "@prisma/client";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/action-button";
import { DataTable, Pager, pageHref } from "@/components/admin/data-table";
import { Badge } from "@/components/ui/badge";
import { listWebhooks } from "@/lib/admin/list-webhooks";
import { webhookStatus } from "@/lib/admin/webhook-dto";
import { WebhooksQuery } from "@/lib/admin/schemas";
import { requireActor } from "@/lib/auth/current-actor";
import { parseSearchParams, pickParams } from "@/lib/forms/search-params";
import { cn } from "@/lib/ui/cn";
import { formatDateTime } from "@/lib/format";
import { retryWebhookAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks · Admin" };
export const dynamic = "force-dynamic";

const STATUS_BADGE = { processed: "success", failed: "destructive", pending: "warning" } as const;

export default async function WebhooksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("/admin/webhooks", "webhooks:read");
  const { params, query } = parseSearchParams(await searchParams, WebhooksQuery);
  const { total, rows } = await listWebhooks(actor, query);
  const filters = pickParams(params, ["type", "status"]);
  const tab = (status?: string) => `/admin/webhooks${status ? `?status=${status}` : ""}`;
  return (
    <div className="grid gap-6 py-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Stripe webhooks</h1>
        <p className="text-muted-foreground">
          Every event Stripe sent, stored before it was handled. A failed one is retried by Stripe; you can also retry
          it here.
        </p>
      </div>
      <nav aria-label="Status" className="flex flex-wrap gap-2 text-sm">
        {[undefined, "failed", "pending", "processed"].map((s) => (
          <Link
            key={s ?? "all"}
            href={tab(s)}
            aria-current={query.status === s ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 capitalize",
              query.status === s
                ? "bg-accent font-medium text-accent-foreground"
                : "text-muted-foreground hover:bg-accent",
            )}
          >
            {s ?? "all"}
          </Link>
        ))}
      </nav>
      <DataTable<StripeEvent>
        caption="Stripe events, newest first"
        rowKey={(e) => e.id}
        rows={rows}
        empty="No events."
        columns={[
          {
            header: "Received",
            cell: (e) => <span className="whitespace-nowrap">{formatDateTime(e.receivedAt, "UTC")}</span>,
          },
          {
            header: "Event",
            cell: (e) => (
              <>
                <code className="text-xs">{e.type}</code>
                <div className="font-mono text-xs text-muted-foreground">{e.id}</div>
              </>
            ),
          },
          {
            header: "Status",
            cell: (e) => {
              const s = webhookStatus(e);
              return (
                <>
                  <Badge variant={STATUS_BADGE[s]} className="capitalize">
                    {s}
                  </Badge>
                  {e.lastError ? <div className="mt-1 max-w-sm text-xs text-destructive">{e.lastError}</div> : null}
                </>
              );
            },
          },
          { header: "Attempts", align: "right", cell: (e) => e.attempts },
          {
            header: "Actions",
            srOnly: true,
            cell: (e) =>
              webhookStatus(e) === "processed" ? null : (
                <ActionButton
                  action={retryWebhookAction.bind(null, e.id)}
                  pendingText="Retrying…"
                  className="h-8 px-3 text-xs"
                >
                  Retry<span className="sr-only"> {e.id}</span>
                </ActionButton>
              ),
          },
        ]}
      />
      <Pager
        total={total}
        page={query.page}
        limit={query.limit}
        noun="events"
        href={pageHref("/admin/webhooks", filters)}
      />
    </div>
  );
}
