"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesPoint } from "@/lib/admin/analytics";
import { formatMoney } from "@/lib/format";

type RevenuePoint = Pick<SeriesPoint, "date" | "gmv" | "platformRevenue" | "refunds">;

const label = (iso: string, interval: string) =>
  new Intl.DateTimeFormat(
    "en-US",
    interval === "month"
      ? { month: "short", year: "2-digit", timeZone: "UTC" }
      : { month: "short", day: "numeric", timeZone: "UTC" },
  ).format(new Date(iso));

/** GMV, platform revenue and refunds per interval; the same figures are in a table for screen readers. */
export function RevenueChart({
  data,
  currency,
  interval,
}: {
  data: RevenuePoint[];
  currency: string;
  interval: string;
}) {
  const money = (v: number) => formatMoney(v, currency);
  const rows = data.map((d) => ({ ...d, label: label(d.date, interval) }));
  return (
    <figure className="grid gap-2">
      <div className="h-72 w-full" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis
              dataKey="label"
              tickLine={false}
              axisLine={false}
              fontSize={12}
              stroke="var(--muted-foreground)"
              minTickGap={16}
            />
            <YAxis
              tickLine={false}
              axisLine={false}
              fontSize={12}
              width={72}
              stroke="var(--muted-foreground)"
              tickFormatter={(v: number) => money(v)}
            />
            <Tooltip
              formatter={(v) => money(Number(v))}
              contentStyle={{ borderRadius: 8, border: "1px solid var(--border)", fontSize: 13 }}
            />
            <Legend
              iconType="circle"
              wrapperStyle={{ fontSize: 13 }}
              formatter={(value) => <span style={{ color: "var(--foreground)" }}>{value}</span>}
            />
            <Area
              type="monotone"
              dataKey="gmv"
              name="GMV"
              stroke="var(--chart-gross)"
              fill="var(--chart-gross)"
              fillOpacity={0.35}
              isAnimationActive={false}
            />
            <Area
              type="monotone"
              dataKey="platformRevenue"
              name="Platform revenue"
              stroke="var(--chart-net)"
              fill="var(--chart-net)"
              fillOpacity={0.35}
              isAnimationActive={false}
            />
            <Area
              type="monotone"
              dataKey="refunds"
              name="Refunds"
              stroke="var(--destructive)"
              fill="var(--destructive)"
              fillOpacity={0.12}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <div className="sr-only">
        <table>
          <caption>Revenue by {interval}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">GMV</th>
              <th scope="col">Platform revenue</th>
              <th scope="col">Refunds</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.date}>
                <th scope="row">{r.label}</th>
                <td>{money(r.gmv)}</td>
                <td>{money(r.platformRevenue)}</td>
                <td>{money(r.refunds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
