"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS: Record<string, string> = {
  pending: "var(--warning)",
  confirmed: "var(--chart-net)",
  completed: "var(--success)",
  cancelled: "var(--destructive)",
  expired: "var(--muted-foreground)",
};

/** Bookings made in the range, by their status now; the counts are also listed for screen readers. */
export function StatusChart({ counts }: { counts: Record<string, number> }) {
  const rows = Object.entries(counts).map(([status, count]) => ({
    status: status[0].toUpperCase() + status.slice(1),
    key: status,
    count,
  }));
  return (
    <figure className="grid gap-2">
      <div className="h-56 w-full" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={rows}
            layout="vertical"
            margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
          >
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis
              type="number"
              allowDecimals={false}
              tickLine={false}
              axisLine={false}
              fontSize={12}
              stroke="var(--muted-foreground)"
            />
            <YAxis
              type="category"
              dataKey="status"
              tickLine={false}
              axisLine={false}
              fontSize={12}
              width={80}
              stroke="var(--muted-foreground)"
            />
            <Tooltip
              cursor={{ fill: "var(--muted)" }}
              contentStyle={{ borderRadius: 8, border: "1px solid var(--border)", fontSize: 13 }}
            />
            <Bar dataKey="count" name="Bookings" radius={[0, 4, 4, 0]} isAnimationActive={false}>
              {rows.map((r) => (
                <Cell key={r.key} fill={COLORS[r.key]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="sr-only">
        {rows.map((r) => (
          <li key={r.key}>
            {r.status}: {r.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
