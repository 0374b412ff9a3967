// The runner's tables live in a PostgreSQL schema of their own, created here when the runner starts: they are no part
// of the product (prisma/schema.prisma and its migrations never mention them), so a production database never has
// them. lib/dev/list-runs.ts (/dev/runs) reads them with raw SQL and must name the same schema and columns.
import type pg from "pg";

export const RUNNER_SCHEMA = "local_inngest_runner";
export const EVENTS_TABLE = `${RUNNER_SCHEMA}.events`;
export const RUNS_TABLE = `${RUNNER_SCHEMA}.runs`;
export const RUN_STATUSES = ["queued", "running", "sleeping", "waiting", "completed", "failed"] as const;

// Every statement is idempotent, so a runner of this version starting against any earlier state ends up with it; a
// column added later needs an `ADD COLUMN IF NOT EXISTS` here, never a product migration.
const DDL = `
CREATE SCHEMA IF NOT EXISTS ${RUNNER_SCHEMA};

CREATE TABLE IF NOT EXISTS ${EVENTS_TABLE} (
  "id" TEXT PRIMARY KEY,
  "name" TEXT NOT NULL,
  "data" JSONB NOT NULL,
  "ts" TIMESTAMPTZ(3) NOT NULL,
  -- the sender's event id: a second event with the same id within 24 h triggers nothing
  "dedupeId" TEXT UNIQUE,
  "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS events_name_received_idx ON ${EVENTS_TABLE} ("name", "receivedAt");

CREATE TABLE IF NOT EXISTS ${RUNS_TABLE} (
  "id" TEXT PRIMARY KEY,
  "functionId" TEXT NOT NULL,
  "eventId" TEXT NOT NULL,
  "event" JSONB NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'queued' CHECK ("status" IN (${RUN_STATUSES.map((s) => `'${s}'`).join(", ")})),
  -- memoized step results sent back to the SDK: { <hashedStepId>: {data} | {error} }
  "steps" JSONB NOT NULL DEFAULT '{}',
  "stack" TEXT[] NOT NULL DEFAULT '{}',
  -- planned steps still to execute, timers (sleep) and waits (waitForEvent)
  "planned" TEXT[] NOT NULL DEFAULT '{}',
  "timers" JSONB NOT NULL DEFAULT '[]',
  "waits" JSONB NOT NULL DEFAULT '[]',
  "attempt" INTEGER NOT NULL DEFAULT 0,
  "maxAttempts" INTEGER NOT NULL,
  "disableImmediate" BOOLEAN NOT NULL DEFAULT false,
  "nextRunAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  "leaseUntil" TIMESTAMPTZ(3),
  -- step history for /dev/runs: [{ id, name, op, status, attempts, error?, at }]
  "history" JSONB NOT NULL DEFAULT '[]',
  "output" JSONB,
  "error" JSONB,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  "endedAt" TIMESTAMPTZ(3)
);
-- a batched function's run (batchEvents): every event of the batch, the first also in "event"; the batch takes more
-- events while it is open (queued and never claimed), per key
ALTER TABLE ${RUNS_TABLE} ADD COLUMN IF NOT EXISTS "events" JSONB;
ALTER TABLE ${RUNS_TABLE} ADD COLUMN IF NOT EXISTS "batchOpen" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE ${RUNS_TABLE} ADD COLUMN IF NOT EXISTS "batchKey" TEXT;
CREATE INDEX IF NOT EXISTS runs_open_batch_idx ON ${RUNS_TABLE} ("functionId", "batchKey") WHERE "batchOpen";
CREATE INDEX IF NOT EXISTS runs_status_next_run_idx ON ${RUNS_TABLE} ("status", "nextRunAt");
CREATE INDEX IF NOT EXISTS runs_function_created_idx ON ${RUNS_TABLE} ("functionId", "createdAt");
CREATE INDEX IF NOT EXISTS runs_created_idx ON ${RUNS_TABLE} ("createdAt");
`;

/**
 * Creates the schema and its tables unless they exist. Two processes starting at once (a dev server and a test run
 * on the same database) would otherwise race on the catalog: `IF NOT EXISTS` is not atomic, so the loser fails with
 * a duplicate-key error. The advisory lock serialises them; the second finds everything in place.
 */
export async function ensureRunnerSchema(pool: pg.Pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [RUNNER_SCHEMA]);
    await client.query(DDL);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
