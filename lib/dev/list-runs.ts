import "server-only";
import type { LocalRunStatus } from "@prisma/client";
import { db } from "../db";

export interface RunStep {
  id: string;
  name: string;
  op: string;
  status: string;
  attempts: number;
  error?: string;
  at: string;
}

export async function listLocalRuns(filter: { status?: LocalRunStatus; limit?: number } = {}) {
  const runs = await db.localInngestRun.findMany({
    where: filter.status ? { status: filter.status } : {},
    orderBy: { createdAt: "desc" },
    take: filter.limit ?? 100,
  });
  return runs.map((r) => ({
    id: r.id,
    functionId: r.functionId,
    eventName: (r.event as { name?: string }).name ?? "",
    status: r.status,
    attempt: r.attempt,
    steps: r.history as unknown as RunStep[],
    error: r.error as { name?: string; message?: string } | null,
    output: r.output,
    createdAt: r.createdAt,
    endedAt: r.endedAt,
    nextRunAt: r.nextRunAt,
  }));
}
