import type { Metadata } from "next";
import { ActionButton } from "@/components/admin/action-button";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { PayoutStatusBadge } from "@/components/vendor/payout-status-badge";
import { DataTable, Pager, pageHref } from "@/components/admin/data-table";
import { listAdminPayouts } from "@/lib/admin/list-payouts";
import { listVendorBalances, type VendorBalanceRow } from "@/lib/admin/list-vendor-balances";
import { VendorBalancesQuery } from "@/lib/admin/schemas";
import { parseSearchParams, pickParams } from "@/lib/forms/search-params";
import { requireActor } from "@/lib/auth/current-actor";
import { MINIMUM_PAYOUT } from "@/lib/payouts/rules";
import { formatDate, formatMoney } from "@/lib/format";
import { payVendorAction, runPayoutsAction } from "./actions";

export const metadata: Metadata = { title: "Payouts · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPayoutsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/admin/payouts", "payouts:run");
  const { query } = parseSearchParams(await searchParams, VendorBalancesQuery);
  const [{ rows, total }, { rows: payouts }] = await Promise.all([
    listVendorBalances(actor, query),
    listAdminPayouts(actor, { page: 1, limit: 20 }),
  ]);
  const money = (v: number) => formatMoney(v, query.currency);
  return (
    <div className="grid gap-8 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Payouts</h1>
          <p className="text-muted-foreground">
            Weekly runs pay on Mondays, monthly runs on the 1st (02:00 UTC). Balances under {money(MINIMUM_PAYOUT)}{" "}
            carry over.
          </p>
        </div>
        <ActionButton action={runPayoutsAction} pendingText="Running…">
          Run due payouts now
        </ActionButton>
      </div>

      <section aria-labelledby="vendors" className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="vendors" className="text-lg font-semibold">
            Vendor balances
          </h2>
          <form role="search" className="flex w-full gap-2 sm:w-auto">
            <label htmlFor="vendor-search" className="sr-only">
              Search vendors
            </label>
            <Input
              id="vendor-search"
              name="q"
              defaultValue={query.q}
              placeholder="Vendor name or email"
              className="w-full sm:w-64"
            />
            <Button type="submit" variant="outline">
              Search
            </Button>
          </form>
        </div>
        <DataTable<VendorBalanceRow>
          caption="Vendors with their balances, largest available first"
          rowKey={(v) => v.vendorId}
          rows={rows}
          empty={query.q ? "No vendor matches this search." : "No vendors yet."}
          columns={[
            {
              header: "Vendor",
              cell: (v) => (
                <>
                  <div className="font-medium">{v.displayName}</div>
                  <div className="text-xs text-muted-foreground">
                    {v.email} · {v.payoutSchedule}
                  </div>
                </>
              ),
            },
            {
              header: "Stripe",
              cell: (v) =>
                v.payoutsEnabled ? (
                  <Badge variant="success">Payouts enabled</Badge>
                ) : v.stripeAccountId ? (
                  <Badge variant="warning">Verification pending</Badge>
                ) : (
                  <Badge variant="secondary">Not connected</Badge>
                ),
            },
            { header: "Pending", align: "right", cell: (v) => money(v.pending) },
            {
              header: "Available",
              align: "right",
              cell: (v) => (
                <span className={v.available < 0 ? "text-destructive" : undefined}>{money(v.available)}</span>
              ),
            },
            { header: "Paid out", align: "right", cell: (v) => money(v.paidOut) },
            {
              header: "Actions",
              srOnly: true,
              cell: (v) =>
                v.available >= MINIMUM_PAYOUT && v.payoutsEnabled ? (
                  <ActionButton
                    action={payVendorAction.bind(null, v.vendorId, query.currency)}
                    pendingText="Paying…"
                    className="h-8 px-3 text-xs"
                  >
                    Pay out now<span className="sr-only">: {v.displayName}</span>
                  </ActionButton>
                ) : null,
            },
          ]}
        />
        <Pager
          total={total}
          page={query.page}
          limit={query.limit}
          noun="vendors"
          href={pageHref("/admin/payouts", pickParams({ q: query.q ?? "" }, ["q"]))}
        />
      </section>

      <section aria-labelledby="recent-payouts" className="grid gap-3">
        <h2 id="recent-payouts" className="text-lg font-semibold">
          Latest payouts
        </h2>
        <DataTable<(typeof payouts)[number]>
          caption="The latest payouts to every vendor"
          rowKey={(p) => p.id}
          rows={payouts}
          empty="No payouts yet."
          columns={[
            { header: "Date", cell: (p) => <span className="whitespace-nowrap">{formatDate(p.createdAt)}</span> },
            { header: "Vendor", cell: (p) => p.vendor.vendorProfile?.displayName ?? p.vendor.name },
            { header: "Amount", align: "right", cell: (p) => formatMoney(p.amount, p.currency) },
            {
              header: "Status",
              cell: (p) => (
                <>
                  <PayoutStatusBadge status={p.status} />
                  {p.failureMessage ? (
                    <div className="mt-1 max-w-xs text-xs text-destructive">{p.failureMessage}</div>
                  ) : null}
                </>
              ),
            },
            {
              header: "Stripe transfer",
              cell: (p) => <span className="font-mono text-xs">{p.stripeTransferId ?? "—"}</span>,
            },
          ]}
        />
      </section>
    </div>
  );
}
