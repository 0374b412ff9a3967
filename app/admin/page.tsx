import type { Metadata } from "next";
import Link from "next/link";
import { KpiCard } from "@/components/admin/kpi-card";
import { RevenueChart } from "@/components/admin/revenue-chart";
import { StatusChart } from "@/components/admin/status-chart";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { getAnalyticsComparison } from "@/lib/admin/analytics";
import { AnalyticsQuery } from "@/lib/admin/schemas";
import { requireActor } from "@/lib/auth/current-actor";
import { formatMoney } from "@/lib/format";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Overview · Admin" };
export const dynamic = "force-dynamic";

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
const PRESETS = [
  { label: "7 days", days: 7 },
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "12 months", days: 365 },
];

export default async function AdminOverview({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("/admin", "analytics:read");
  const params = await searchParams;
  const parsed = AnalyticsQuery.safeParse({
    from: params.from || undefined,
    to: params.to || undefined,
    interval: params.interval || undefined,
    currency: params.currency || undefined,
  });
  const query = parsed.success ? parsed.data : AnalyticsQuery.parse({});
  const { range, current: now, previous } = await getAnalyticsComparison(actor, query);
  const money = (v: number) => formatMoney(v, now.currency);
  const bookings = Object.values(now.bookingsByStatus).reduce((s, n) => s + n, 0);
  const previousBookings = Object.values(previous.bookingsByStatus).reduce((s, n) => s + n, 0);
  const throughDay = day(new Date(range.to.getTime() - 1));
  const today = new Date();

  return (
    <div className="grid gap-8 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
          <p className="text-muted-foreground">
            {day(range.from)} – {throughDay} (UTC), by {range.interval}, in {query.currency.toUpperCase()}. Figures come
            from the ledger and agree with <code className="text-xs">npm run reconcile</code>.
          </p>
        </div>
        <form className="flex flex-wrap items-end gap-2" aria-label="Date range">
          <div className="grid gap-1">
            <Label htmlFor="range-from" className="text-xs">
              From
            </Label>
            <Input id="range-from" type="date" name="from" defaultValue={day(range.from)} className="w-40" />
          </div>
          <div className="grid gap-1">
            <Label htmlFor="range-to" className="text-xs">
              To
            </Label>
            <Input id="range-to" type="date" name="to" defaultValue={throughDay} className="w-40" />
          </div>
          {query.currency !== "usd" ? <input type="hidden" name="currency" value={query.currency} /> : null}
          <Button type="submit" variant="outline">
            Apply
          </Button>
        </form>
      </div>
      {!parsed.success ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive"
        >
          That date range is not valid, so the last 30 days are shown.
        </p>
      ) : null}
      <nav aria-label="Quick ranges" className="-mt-4 flex flex-wrap gap-2 text-sm">
        {PRESETS.map((p) => (
          <Link
            key={p.days}
            href={`/admin?from=${day(new Date(today.getTime() - p.days * DAY))}&to=${day(today)}`}
            className="rounded-full border px-3 py-1 text-muted-foreground hover:bg-accent hover:text-accent-foreground"
          >
            Last {p.label}
          </Link>
        ))}
      </nav>

      <section aria-labelledby="kpis" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <h2 id="kpis" className="sr-only">
          Key figures
        </h2>
        <KpiCard label="GMV" value={money(now.gmv)} current={now.gmv} previous={previous.gmv} />
        <KpiCard
          label="Platform revenue"
          value={money(now.platformRevenue)}
          current={now.platformRevenue}
          previous={previous.platformRevenue}
        />
        <KpiCard label="Refunds" value={money(now.refunds)} current={now.refunds} previous={previous.refunds} invert />
        <KpiCard label="Bookings" value={String(bookings)} current={bookings} previous={previousBookings} />
        <KpiCard
          label="Conversion"
          value={`${(now.conversionRate * 100).toFixed(1)} %`}
          current={now.conversionRate}
          previous={previous.conversionRate}
        />
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Revenue</CardTitle>
          </CardHeader>
          <CardContent>
            {now.gmv === 0 && now.refunds === 0 ? (
              <p className="rounded-lg border border-dashed p-8 text-center text-muted-foreground">
                No money moved in this range.
              </p>
            ) : (
              <RevenueChart data={now.series} currency={now.currency} interval={now.interval} />
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Bookings by status</CardTitle>
          </CardHeader>
          <CardContent>
            {bookings === 0 ? (
              <p className="rounded-lg border border-dashed p-8 text-center text-muted-foreground">
                No bookings in this range.
              </p>
            ) : (
              <StatusChart counts={now.bookingsByStatus} />
            )}
            <p className="mt-2 text-xs text-muted-foreground">Average order {money(now.averageOrderValue)}</p>
          </CardContent>
        </Card>
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <TopList
          title="Top trips"
          empty="No trip sold in this range."
          rows={now.topTrips.map((t) => ({
            key: t.tripId,
            href: `/trips/${t.tripId}`,
            name: t.title,
            detail: plural(t.bookings, "booking"),
            value: money(t.gmv),
          }))}
        />
        <TopList
          title="Top vendors"
          empty="No vendor sold in this range."
          rows={now.topVendors.map((v) => ({
            key: v.vendorId,
            href: `/admin/bookings?vendorId=${v.vendorId}`,
            name: v.displayName,
            detail: `${money(v.platformRevenue)} commission`,
            value: money(v.gmv),
          }))}
        />
      </div>
    </div>
  );
}

function TopList({
  title,
  rows,
  empty,
}: {
  title: string;
  empty: string;
  rows: { key: string; href: string; name: string; detail: string; value: string }[];
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{empty}</p>
        ) : (
          <ol className="grid gap-3">
            {rows.map((r, i) => (
              <li key={r.key} className="flex items-center justify-between gap-3 text-sm">
                <span className="flex min-w-0 items-center gap-3">
                  <span className="w-4 text-muted-foreground tabular-nums">{i + 1}</span>
                  <span className="min-w-0">
                    <Link href={r.href} className="block truncate font-medium hover:underline">
                      {r.name}
                    </Link>
                    <span className="text-xs text-muted-foreground">{r.detail}</span>
                  </span>
                </span>
                <span className="font-medium tabular-nums">{r.value}</span>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
