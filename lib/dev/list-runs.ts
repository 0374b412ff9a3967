import "server-only";
import { Prisma } from "@prisma/client";
import { db, type Tx } from "../db";

// The local Inngest runner keeps its runs in a schema of its own that it creates when it starts (see
// local/inngest-runner/schema.ts, which the product may not import): the schema, table and columns named here must
// stay those. Before the runner's first start the schema does not exist, and there are simply no runs.
const RUNS_TABLE = "local_inngest_runner.runs";

export const LOCAL_RUN_STATUSES = ["queued", "running", "sleeping", "waiting", "completed", "failed"] as const;
export type LocalRunStatus = (typeof LOCAL_RUN_STATUSES)[number];

interface RunStep {
  id: string;
  name: string;
  op: string;
  status: string;
  attempts: number;
  error?: string;
  at: string;
}

interface RunRow {
  id: string;
  functionId: string;
  eventName: string | null;
  eventCount: number;
  status: LocalRunStatus;
  attempt: number;
  history: RunStep[];
  error: { name?: string; message?: string } | null;
  output: unknown;
  createdAt: Date;
  endedAt: Date | null;
  nextRunAt: Date;
}

type Reader = Pick<Tx, "$queryRaw">;

export function listLocalRuns(filter: { status?: LocalRunStatus; limit?: number } = {}) {
  return readLocalRuns(db, filter);
}

/** listLocalRuns on a given client: a test reads inside a transaction in which the schema was dropped. */
export async function readLocalRuns(client: Reader, filter: { status?: LocalRunStatus; limit?: number } = {}) {
  const [{ present }] = await client.$queryRaw<
    { present: boolean }[]
  >`SELECT to_regclass(${RUNS_TABLE}) IS NOT NULL AS present`;
  if (!present) return [];
  const rows = await client.$queryRaw<RunRow[]>`
    SELECT id, "functionId", event->>'name' AS "eventName", COALESCE(jsonb_array_length(events), 1)::int AS "eventCount", status, attempt, history, error, output, "createdAt", "endedAt", "nextRunAt"
    FROM ${Prisma.raw(RUNS_TABLE)}
    ${filter.status ? Prisma.sql`WHERE status = ${filter.status}` : Prisma.empty}
    ORDER BY "createdAt" DESC
    LIMIT ${filter.limit ?? 100}`;
  // a batched run (batchEvents) names its first event and how many it carries
  return rows.map(({ history, eventName, eventCount, ...r }) => ({
    ...r,
    eventName: `${eventName ?? ""}${eventCount > 1 ? ` ×${eventCount}` : ""}`,
    steps: history,
  }));
}
