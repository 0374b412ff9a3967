"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/format";
import type { MonthPoint } from "@/lib/vendors/get-vendor-earnings";

const label = (month: string) =>
  new Intl.DateTimeFormat("en-US", { month: "short", year: "2-digit", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** Gross takings vs the vendor's net share per month (12 months); a data table carries the same figures for screen readers. */
export function EarningsChart({ data, currency }: { data: MonthPoint[]; currency: string }) {
  const money = (v: number) => formatMoney(v, currency);
  const rows = data.map((d) => ({ ...d, label: label(d.month) }));
  return (
    <figure className="grid gap-2">
      <div className="h-72 w-full" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} stroke="var(--muted-foreground)" />
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
              cursor={{ fill: "var(--muted)" }}
              contentStyle={{ borderRadius: 8, border: "1px solid var(--border)", fontSize: 13 }}
            />
            <Legend
              iconType="circle"
              wrapperStyle={{ fontSize: 13 }}
              formatter={(value) => <span style={{ color: "var(--foreground)" }}>{value}</span>}
            />
            <Bar
              dataKey="gross"
              name="Gross takings"
              fill="var(--chart-gross)"
              radius={[4, 4, 0, 0]}
              isAnimationActive={false}
            />
            <Bar
              dataKey="net"
              name="Your share"
              fill="var(--chart-net)"
              radius={[4, 4, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-muted-foreground">
        Gross takings (what travellers paid, less refunds) and your share after commission, by month.
      </figcaption>
      <div className="sr-only">
        <table>
          <caption>Earnings by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Gross takings</th>
              <th scope="col">Your share</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{r.label}</th>
                <td>{money(r.gross)}</td>
                <td>{money(r.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
