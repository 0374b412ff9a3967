import type { Metadata } from "next";
import { Download } from "@/components/ui/icons";
import { StatCard } from "@/components/site/stat-card";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ConnectStripeButton } from "@/components/vendor/connect-stripe-button";
import { EarningsChart } from "@/components/vendor/earnings-chart";
import { PayoutScheduleForm } from "@/components/vendor/payout-schedule-form";
import { PayoutStatusBadge } from "@/components/vendor/payout-status-badge";
import { requireActor } from "@/lib/auth/current-actor";
import { MINIMUM_PAYOUT, monthOf } from "@/lib/payouts/rules";
import { formatDate, formatMoney } from "@/lib/format";
import { getVendorEarnings, vendorCurrencies, vendorMonthlySeries } from "@/lib/vendors/get-vendor-earnings";
import { listVendorPayouts } from "@/lib/vendors/list-vendor-payouts";
import { syncConnectAccount } from "@/lib/vendors/sync-connect-account";
import { loadVendorFor } from "@/lib/vendors/access";
import { connectStatus } from "@/lib/vendors/vendor-dto";
import { connectStripeAction, updatePayoutScheduleAction } from "./actions";

export const metadata: Metadata = { title: "Earnings & payouts" };
export const dynamic = "force-dynamic";

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

export default async function EarningsPage({
  searchParams,
}: {
  searchParams: Promise<{ currency?: string; connect?: string }>;
}) {
  const actor = await requireActor("/vendor/earnings", "earnings:read_own");
  const params = await searchParams;
  let { profile } = await loadVendorFor(actor, actor.id);
  // back from Stripe's onboarding: read the account now rather than wait for the account.updated webhook
  if (params.connect === "return" && profile.stripeAccountId) {
    await syncConnectAccount(profile.stripeAccountId);
    profile = (await loadVendorFor(actor, actor.id)).profile;
  }
  const currencies = await vendorCurrencies(actor.id);
  const currency =
    params.currency && currencies.includes(params.currency)
      ? params.currency
      : currencies.includes("usd")
        ? "usd"
        : currencies[0];
  const [earnings, series, payouts] = await Promise.all([
    getVendorEarnings(actor, actor.id, currency),
    vendorMonthlySeries(actor.id, currency),
    listVendorPayouts(actor, actor.id, { page: 1, limit: 20 }),
  ]);
  const money = (v: number) => formatMoney(v, currency);
  const status = connectStatus(profile);
  const months = Array.from({ length: 12 }, (_, i) =>
    monthOf(new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - i, 1))),
  );
  const hasMoney = earnings.lifetimeGross !== 0 || earnings.paidOut !== 0;

  return (
    <div className="grid gap-8 py-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Earnings & payouts</h1>
          <p className="text-muted-foreground">
            Travellr keeps 20 % of each booking; the rest is yours, paid{" "}
            {profile.payoutSchedule === "monthly" ? "on the 1st of each month" : "every Monday"}.
          </p>
        </div>
        {currencies.length > 1 ? (
          <nav aria-label="Currency" className="flex gap-1">
            {currencies.map((c) => (
              <a
                key={c}
                href={`?currency=${c}`}
                aria-current={c === currency ? "page" : undefined}
                className="rounded-md border px-2 py-1 text-sm uppercase aria-[current=page]:bg-accent aria-[current=page]:font-medium"
              >
                {c}
              </a>
            ))}
          </nav>
        ) : null}
      </div>

      <Card>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3">
          <CardTitle>Stripe payouts account</CardTitle>
          {status === "payouts_enabled" ? (
            <Badge variant="success">Payouts enabled</Badge>
          ) : status === "verification_pending" ? (
            <Badge variant="warning">Verification pending</Badge>
          ) : (
            <Badge variant="secondary">Not connected</Badge>
          )}
        </CardHeader>
        <CardContent className="grid gap-3 text-sm">
          {status === "payouts_enabled" ? (
            <p>
              Payouts go to your Stripe account <code className="rounded bg-muted px-1">{profile.stripeAccountId}</code>
              . Stripe then pays your bank on its own schedule.
            </p>
          ) : status === "verification_pending" ? (
            <>
              <p>
                Stripe needs a few more details before it can send you money.
                {profile.requirementsDue.length
                  ? ` Still needed: ${profile.requirementsDue.map((r) => r.replace(/[._]/g, " ")).join(", ")}.`
                  : ""}
              </p>
              <ConnectStripeButton action={connectStripeAction} label="Finish Stripe onboarding" />
            </>
          ) : (
            <>
              <p>
                Connect a Stripe account to receive your earnings. It takes a few minutes; your balance is kept safe
                until then.
              </p>
              <ConnectStripeButton action={connectStripeAction} label="Connect with Stripe" />
            </>
          )}
        </CardContent>
      </Card>

      <section aria-labelledby="balances" className="grid gap-4">
        <h2 id="balances" className="sr-only">
          Balances
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <StatCard
            label="Pending"
            value={money(earnings.pending)}
            hint="Confirmed bookings that have not taken place yet"
          />
          <StatCard
            label="Available"
            value={money(earnings.available)}
            hint={
              earnings.available < 0
                ? "Owed from refunds after a payout; deducted from your next payouts"
                : earnings.available < MINIMUM_PAYOUT
                  ? `Paid once it reaches ${money(MINIMUM_PAYOUT)}`
                  : "Paid at the next payout run"
            }
          />
          <StatCard
            label="Paid out"
            value={money(earnings.paidOut)}
            hint={`Lifetime takings ${money(earnings.lifetimeGross)}, commission ${money(earnings.lifetimeCommission)}`}
          />
        </div>
      </section>

      <Card>
        <CardHeader>
          <CardTitle>Last 12 months</CardTitle>
        </CardHeader>
        <CardContent>
          {hasMoney ? (
            <EarningsChart data={series} currency={currency} />
          ) : (
            <p className="rounded-lg border border-dashed p-8 text-center text-muted-foreground">
              Your takings appear here once travellers book your trips.
            </p>
          )}
        </CardContent>
      </Card>

      <section aria-labelledby="payouts" className="grid gap-3">
        <h2 id="payouts" className="text-lg font-semibold">
          Payouts
        </h2>
        {payouts.rows.length === 0 ? (
          <p className="rounded-xl border border-dashed p-8 text-center text-muted-foreground">
            No payouts yet. Completed bookings become available and are paid at the next run.
          </p>
        ) : (
          <div className="relative overflow-x-auto rounded-xl border bg-card">
            <table className="w-full text-sm">
              <caption className="sr-only">Your payouts, newest first</caption>
              <thead className="border-b bg-muted/50 text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Date
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Earnings up to
                  </th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">
                    Amount
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Stripe transfer
                  </th>
                </tr>
              </thead>
              <tbody>
                {payouts.rows.map((p) => (
                  <tr key={p.id} className="border-b last:border-0">
                    <td className="px-4 py-3 whitespace-nowrap">{formatDate(p.paidAt ?? p.createdAt)}</td>
                    <td className="px-4 py-3 whitespace-nowrap">
                      {formatDate(p.periodEnd)}
                      {p.kind === "manual" ? <span className="text-muted-foreground"> (by an admin)</span> : null}
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatMoney(p.amount, p.currency)}</td>
                    <td className="px-4 py-3">
                      <PayoutStatusBadge status={p.status} />
                      {p.failureMessage ? (
                        <div className="mt-1 max-w-xs text-xs text-destructive">{p.failureMessage}</div>
                      ) : null}
                    </td>
                    <td className="px-4 py-3 font-mono text-xs">{p.stripeTransferId ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Payout schedule</CardTitle>
          </CardHeader>
          <CardContent>
            <PayoutScheduleForm action={updatePayoutScheduleAction} current={profile.payoutSchedule} />
            <p className="mt-3 text-xs text-muted-foreground">
              Balances under {money(MINIMUM_PAYOUT)} carry over to the next run.
            </p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Monthly statements</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="mb-3 text-sm text-muted-foreground">
              Every booking, refund, commission and payout of a month, to the cent (CSV).
            </p>
            <ul className="grid gap-1 text-sm sm:grid-cols-2">
              {months.map((m) => (
                <li key={m}>
                  <a
                    href={`/api/v1/vendors/${actor.id}/statements/${m}`}
                    download
                    className="inline-flex items-center gap-1.5 rounded px-1 py-0.5 text-primary hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
                  >
                    <Download className="size-3.5" aria-hidden />
                    {monthLabel(m)}
                    <span className="sr-only"> statement (CSV)</span>
                  </a>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
