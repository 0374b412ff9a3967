import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/current-actor";
import { listLocalRuns } from "@/lib/dev/list-runs";
import { localToolsEnabled } from "@/lib/dev/local-tools";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Dev runs" };
export const dynamic = "force-dynamic";

const STATUS_VARIANT = {
  completed: "success",
  failed: "destructive",
  running: "default",
  queued: "secondary",
  sleeping: "warning",
  waiting: "warning",
} as const;
const STEP_VARIANT: Record<string, "success" | "destructive" | "warning" | "secondary"> = {
  completed: "success",
  failed: "destructive",
  retrying: "warning",
  planned: "secondary",
  sleeping: "warning",
  waiting: "warning",
};
const STATUSES = ["queued", "running", "sleeping", "waiting", "completed", "failed"] as const;

export default async function DevRunsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  if (!localToolsEnabled("runs")) notFound();
  const actor = await requireActor("/dev/runs");
  // runs carry every user's event data: admins only (others get the same 404 as outside local mode)
  if (actor.role !== "admin") notFound();
  const { status } = await searchParams;
  const filter = STATUSES.find((s) => s === status);
  const runs = await listLocalRuns({ status: filter });
  return (
    <div className="grid gap-6 py-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Background runs</h1>
        <p className="text-muted-foreground">
          Inngest function runs executed by the local runner (local mode only). Newest first.
        </p>
      </div>
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        <Link
          href="/dev/runs"
          aria-current={!filter ? "page" : undefined}
          className="rounded-md border px-2 py-1 aria-[current=page]:bg-accent"
        >
          All
        </Link>
        {STATUSES.map((s) => (
          <Link
            key={s}
            href={`/dev/runs?status=${s}`}
            aria-current={filter === s ? "page" : undefined}
            className="rounded-md border px-2 py-1 capitalize aria-[current=page]:bg-accent"
          >
            {s}
          </Link>
        ))}
      </nav>
      {runs.length === 0 ? (
        <p className="rounded-xl border border-dashed p-12 text-center text-muted-foreground">
          No runs yet. Register an account to trigger the welcome function.
        </p>
      ) : (
        <ul className="grid gap-3">
          {runs.map((r) => (
            <li key={r.id} className="rounded-xl border bg-card">
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <span className="grid gap-0.5">
                    <span className="font-medium">{r.functionId}</span>
                    <span className="text-xs text-muted-foreground">
                      {r.eventName} · run {r.id} · {formatDateTime(r.createdAt, "UTC")}
                    </span>
                  </span>
                  <span className="flex items-center gap-2 text-xs text-muted-foreground">
                    {r.endedAt ? `${Math.max(0, r.endedAt.getTime() - r.createdAt.getTime())} ms` : null}
                    <Badge variant={STATUS_VARIANT[r.status]} className="capitalize">
                      {r.status}
                    </Badge>
                  </span>
                </summary>
                <div className="grid gap-3 border-t px-4 py-3 text-sm">
                  {r.error ? (
                    <p className="rounded-md bg-destructive/10 px-3 py-2 text-destructive" role="alert">
                      {r.error.name}: {r.error.message}
                    </p>
                  ) : null}
                  {r.steps.length === 0 ? (
                    <p className="text-muted-foreground">No steps recorded.</p>
                  ) : (
                    <table className="w-full text-left">
                      <caption className="sr-only">Steps of run {r.id}</caption>
                      <thead className="text-xs text-muted-foreground">
                        <tr>
                          <th scope="col" className="py-1">
                            Step
                          </th>
                          <th scope="col">Kind</th>
                          <th scope="col">Status</th>
                          <th scope="col">Attempts</th>
                          <th scope="col">Error</th>
                        </tr>
                      </thead>
                      <tbody>
                        {r.steps.map((s) => (
                          <tr key={s.id} className="border-t">
                            <td className="py-1.5 font-medium">{s.name}</td>
                            <td>{s.op}</td>
                            <td>
                              <Badge variant={STEP_VARIANT[s.status] ?? "secondary"}>{s.status}</Badge>
                            </td>
                            <td className="tabular-nums">{s.attempts}</td>
                            <td className="text-destructive">{s.error ?? ""}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  {r.output !== null && r.output !== undefined ? (
                    <pre className="overflow-x-auto rounded-md bg-muted p-2 text-xs">
                      {JSON.stringify(r.output, null, 2)}
                    </pre>
                  ) : null}
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
