import { ArrowDownRight, ArrowUpRight, Minus } from "@/components/ui/icons";
import { cn } from "@/lib/ui/cn";

/** A headline figure with its change against the previous period of the same length. */
export function KpiCard({
  label,
  value,
  current,
  previous,
  invert = false,
}: {
  label: string;
  value: string;
  current: number;
  previous: number;
  invert?: boolean;
}) {
  const change = previous === 0 ? (current === 0 ? 0 : null) : (current - previous) / Math.abs(previous);
  const up = (change ?? 1) > 0;
  const good = invert ? !up : up;
  const Icon = change === 0 ? Minus : up ? ArrowUpRight : ArrowDownRight;
  const text =
    change === null ? "new" : `${change > 0 ? "+" : ""}${(change * 100).toFixed(Math.abs(change) < 0.1 ? 1 : 0)} %`;
  return (
    <div className="rounded-xl border bg-card p-4 shadow-sm">
      <p className="text-sm text-muted-foreground">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
      <p
        className={cn(
          "mt-1 flex items-center gap-1 text-xs",
          change === 0 ? "text-muted-foreground" : good ? "text-success" : "text-destructive",
        )}
      >
        <Icon className="size-3.5" aria-hidden />
        <span>{text}</span>
        <span className="text-muted-foreground">vs previous period</span>
      </p>
    </div>
  );
}
