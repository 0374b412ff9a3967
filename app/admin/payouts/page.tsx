import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/admin/action-button";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { PayoutStatusBadge } from "@/components/vendor/payout-status-badge";
import { latestPayouts, listVendorBalances, VendorBalancesQuery } from "@/lib/admin/list-vendor-balances";
import { requireActor } from "@/lib/auth/current-actor";
import { MINIMUM_PAYOUT } from "@/lib/payouts/rules";
import { formatDate, formatMoney } from "@/lib/ui/format";
import { payVendorAction, runPayoutsAction } from "./actions";

export const metadata: Metadata = { title: "Payouts · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPayoutsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("/admin/payouts", "payouts:run");
  const parsed = VendorBalancesQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : VendorBalancesQuery.parse({});
  const [{ rows, total }, payouts] = await Promise.all([listVendorBalances(actor, query), latestPayouts(actor)]);
  const pages = Math.max(1, Math.ceil(total / query.limit));
  const href = (p: number) => `/admin/payouts?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(p) })}`;
  const money = (v: number) => formatMoney(v, query.currency);
  return (
    <div className="grid gap-8 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Payouts</h1>
          <p className="text-muted-foreground">Weekly runs pay on Mondays, monthly runs on the 1st (02:00 UTC). Balances under {money(MINIMUM_PAYOUT)} carry over.</p>
        </div>
        <ActionButton action={runPayoutsAction} pendingText="Running…">Run due payouts now</ActionButton>
      </div>

      <section aria-labelledby="vendors" className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="vendors" className="text-lg font-semibold">Vendor balances</h2>
          <form role="search" className="flex gap-2">
            <label htmlFor="vendor-search" className="sr-only">Search vendors</label>
            <Input id="vendor-search" name="q" defaultValue={query.q} placeholder="Vendor name or email" className="w-64" />
            <Button type="submit" variant="outline">Search</Button>
          </form>
        </div>
        {rows.length === 0 ? (
          <p className="rounded-xl border border-dashed p-8 text-center text-muted-foreground">{query.q ? "No vendor matches this search." : "No vendors yet."}</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border bg-card">
            <table className="w-full text-sm">
              <caption className="sr-only">Vendors with their balances, largest available first</caption>
              <thead className="border-b bg-muted/50 text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Vendor</th>
                  <th scope="col" className="px-4 py-3 font-medium">Stripe</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Pending</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Available</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Paid out</th>
                  <th scope="col" className="px-4 py-3 font-medium"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((v) => (
                  <tr key={v.vendorId} className="border-b last:border-0">
                    <td className="px-4 py-3">
                      <div className="font-medium">{v.displayName}</div>
                      <div className="text-xs text-muted-foreground">{v.email} · {v.payoutSchedule}</div>
                    </td>
                    <td className="px-4 py-3">{v.payoutsEnabled ? <Badge variant="success">Payouts enabled</Badge> : v.stripeAccountId ? <Badge variant="warning">Verification pending</Badge> : <Badge variant="secondary">Not connected</Badge>}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{money(v.pending)}</td>
                    <td className={`px-4 py-3 text-right tabular-nums ${v.available < 0 ? "text-destructive" : ""}`}>{money(v.available)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{money(v.paidOut)}</td>
                    <td className="px-4 py-3">
                      {v.available >= MINIMUM_PAYOUT && v.payoutsEnabled ? (
                        <ActionButton action={payVendorAction.bind(null, v.vendorId, query.currency)} pendingText="Paying…" className="h-8 px-3 text-xs">
                          Pay out now<span className="sr-only">: {v.displayName}</span>
                        </ActionButton>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pages > 1 ? (
          <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
            <span className="text-muted-foreground">Page {query.page} of {pages}</span>
            <div className="flex gap-2">
              {query.page > 1 ? <Link className="text-primary hover:underline" href={href(query.page - 1)}>Previous</Link> : null}
              {query.page < pages ? <Link className="text-primary hover:underline" href={href(query.page + 1)}>Next</Link> : null}
            </div>
          </nav>
        ) : null}
      </section>

      <section aria-labelledby="recent-payouts" className="grid gap-3">
        <h2 id="recent-payouts" className="text-lg font-semibold">Latest payouts</h2>
        {payouts.length === 0 ? (
          <p className="rounded-xl border border-dashed p-8 text-center text-muted-foreground">No payouts yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border bg-card">
            <table className="w-full text-sm">
              <caption className="sr-only">The latest payouts to every vendor</caption>
              <thead className="border-b bg-muted/50 text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Date</th>
                  <th scope="col" className="px-4 py-3 font-medium">Vendor</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Amount</th>
                  <th scope="col" className="px-4 py-3 font-medium">Status</th>
                  <th scope="col" className="px-4 py-3 font-medium">Stripe transfer</th>
                </tr>
              </thead>
              <tbody>
                {payouts.map((p) => (
                  <tr key={p.id} className="border-b last:border-0">
                    <td className="px-4 py-3 whitespace-nowrap">{formatDate(p.createdAt)}</td>
                    <td className="px-4 py-3">{p.vendor.vendorProfile?.displayName ?? p.vendor.name}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatMoney(p.amount, p.currency)}</td>
                    <td className="px-4 py-3"><PayoutStatusBadge status={p.status} />{p.failureMessage ? <div className="mt-1 max-w-xs text-xs text-destructive">{p.failureMessage}</div> : null}</td>
                    <td className="px-4 py-3 font-mono text-xs">{p.stripeTransferId ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
