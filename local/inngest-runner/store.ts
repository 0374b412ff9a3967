// Where the runner keeps events and runs: its own schema (schema.ts), reached with plain `pg` because Prisma's client
// is generated from the product's schema only. JSON columns are sent as JSON text: pg would turn a JS array into a
// PostgreSQL array literal.
import pg from "pg";
import { EVENTS_TABLE, RUN_STATUSES, RUNS_TABLE, ensureRunnerSchema } from "./schema";
import type { HistoryEntry, InngestEvent, Memo, SerializedError, Timer, Wait } from "./types";

type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunRow {
  id: string;
  functionId: string;
  eventId: string;
  event: InngestEvent;
  /** a batched run's events (the first is `event`); null for a run of one event */
  events: InngestEvent[] | null;
  batchOpen: boolean;
  batchKey: string | null;
  status: RunStatus;
  steps: Record<string, Memo>;
  stack: string[];
  planned: string[];
  timers: Timer[];
  waits: Wait[];
  attempt: number;
  maxAttempts: number;
  disableImmediate: boolean;
  nextRunAt: Date;
  leaseUntil: Date | null;
  history: HistoryEntry[];
  output: unknown;
  error: SerializedError | null;
  createdAt: Date;
  updatedAt: Date;
  endedAt: Date | null;
}

export interface EventRow {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: Date;
  dedupeId: string | null;
  receivedAt: Date;
}

type Queryable = pg.Pool | pg.PoolClient;
const jsonOrNull = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export class RunStore {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and creates the runner's schema if this database has none yet. */
  static async open(databaseUrl: string): Promise<RunStore> {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // a connection the server drops while idle (PostgreSQL stopping before the pool's goodbye reached it, a restart)
    // is an 'error' event on the pool, which would end the process unheard; the pool discards that connection itself
    pool.on("error", () => {});
    try {
      await ensureRunnerSchema(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new RunStore(pool);
  }

  close() {
    return this.pool.end();
  }

  async eventByDedupeId(dedupeId: string): Promise<EventRow | undefined> {
    const { rows } = await this.pool.query<EventRow>(`SELECT * FROM ${EVENTS_TABLE} WHERE "dedupeId" = $1`, [dedupeId]);
    return rows[0];
  }

  /** Frees an expired sender id, so a new event may take it. */
  async releaseDedupeId(eventId: string) {
    await this.pool.query(`UPDATE ${EVENTS_TABLE} SET "dedupeId" = NULL WHERE id = $1`, [eventId]);
  }

  /** False when another event already holds `dedupeId` (a concurrent duplicate won). */
  async insertEvent(event: InngestEvent, dedupeId: string | null): Promise<boolean> {
    return (await this.insertEvents([{ event, dedupeId }])).has(event.id);
  }

  /**
   * Stores the events of one send in one statement; returns the ids of those stored — an event whose `dedupeId`
   * another already holds (a duplicate, or an earlier one in the same send) is not.
   */
  async insertEvents(events: { event: InngestEvent; dedupeId: string | null }[]): Promise<Set<string>> {
    if (events.length === 0) return new Set();
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO ${EVENTS_TABLE} (id, name, data, ts, "dedupeId")
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[], $5::text[])
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        events.map((e) => e.event.id),
        events.map((e) => e.event.name),
        events.map((e) => JSON.stringify(e.event.data)),
        events.map((e) => new Date(e.event.ts)),
        events.map((e) => e.dedupeId),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** A run with `startAt` sleeps until then (an event dated in the future); otherwise it is queued at once. */
  async createRun(run: { id: string; functionId: string; event: InngestEvent; maxAttempts: number; startAt?: Date }) {
    await this.createRuns([run]);
  }

  /** Runs of single events, in one statement: one with `startAt` sleeps until then (an event dated in the future),
   * the others are queued at once. */
  async createRuns(
    runs: { id: string; functionId: string; event: InngestEvent; maxAttempts: number; startAt?: Date }[],
  ) {
    if (runs.length === 0) return;
    await this.pool.query(
      `INSERT INTO ${RUNS_TABLE} (id, "functionId", "eventId", event, "maxAttempts", status, "nextRunAt")
       SELECT id, fn, ev, event, attempts, status, COALESCE(start_at, now())
       FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::int[], $6::text[], $7::timestamptz[])
         AS r(id, fn, ev, event, attempts, status, start_at)`,
      [
        runs.map((r) => r.id),
        runs.map((r) => r.functionId),
        runs.map((r) => r.event.id),
        runs.map((r) => JSON.stringify(r.event)),
        runs.map((r) => r.maxAttempts),
        runs.map((r) => (r.startAt ? "sleeping" : "queued")),
        runs.map((r) => r.startAt ?? null),
      ],
    );
  }

  /**
   * Adds an event to the open batch of a batched function (per key), or opens a batch with it that starts in
   * `timeoutMs` — at once when it is full. A batch being claimed is skipped (its lock is held): the event opens the
   * next one, so an event never lands in a batch whose call has begun. Returns the run's id.
   */
  async addToBatch(b: {
    newRunId: string;
    functionId: string;
    event: InngestEvent;
    key: string | null;
    maxSize: number;
    timeoutMs: number;
    maxAttempts: number;
  }): Promise<string> {
    const one = JSON.stringify([b.event]);
    const { rows } = await this.pool.query<{ id: string }>(
      `WITH open AS (
         SELECT id FROM ${RUNS_TABLE}
         WHERE "functionId" = $1 AND "batchOpen" AND "batchKey" IS NOT DISTINCT FROM $2 AND status = 'queued'
         ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
       UPDATE ${RUNS_TABLE} r SET events = r.events || $3::jsonb,
         "batchOpen" = jsonb_array_length(r.events) + 1 < $4,
         "nextRunAt" = CASE WHEN jsonb_array_length(r.events) + 1 >= $4 THEN now() ELSE r."nextRunAt" END,
         "updatedAt" = now()
       FROM open WHERE r.id = open.id
       RETURNING r.id`,
      [b.functionId, b.key, one, b.maxSize],
    );
    if (rows[0]) return rows[0].id;
    await this.pool.query(
      `INSERT INTO ${RUNS_TABLE} (id, "functionId", "eventId", event, events, "batchOpen", "batchKey", "maxAttempts", status, "nextRunAt")
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, 'queued', now() + $9 * interval '1 millisecond')`,
      [
        b.newRunId,
        b.functionId,
        b.event.id,
        JSON.stringify(b.event),
        one,
        b.maxSize > 1,
        b.key,
        b.maxAttempts,
        b.maxSize > 1 ? b.timeoutMs : 0,
      ],
    );
    return b.newRunId;
  }

  /** Runs of these functions left "running" by a runner that died go back to the queue; returns how many. */
  async requeueRunning(functionIds: string[], except: string[] = []): Promise<number> {
    const { rowCount } = await this.pool.query(
      `UPDATE ${RUNS_TABLE} SET status = 'queued', "nextRunAt" = now(), "leaseUntil" = NULL, "updatedAt" = now() WHERE status = 'running' AND "functionId" = ANY($1) AND NOT (id = ANY($2))`,
      [functionIds, except],
    );
    return rowCount ?? 0;
  }

  /** Claims due runs of these functions (other apps' runners may share the database), leases and returns them. */
  async claim(functionIds: string[], limit: number, leaseMs: number): Promise<RunRow[]> {
    const { rows } = await this.pool.query<RunRow>(
      `UPDATE ${RUNS_TABLE} SET status = 'running', "batchOpen" = false, "leaseUntil" = now() + $3 * interval '1 millisecond', "updatedAt" = now()
       WHERE id IN (
         SELECT id FROM ${RUNS_TABLE}
         WHERE "functionId" = ANY($1)
           AND ((status IN ('queued', 'sleeping', 'waiting') AND "nextRunAt" <= now()) OR (status = 'running' AND "leaseUntil" < now()))
         ORDER BY "nextRunAt" LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [functionIds, limit, leaseMs],
    );
    return rows;
  }

  async waitingRunIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(`SELECT id FROM ${RUNS_TABLE} WHERE status = 'waiting'`);
    return rows.map((r) => r.id);
  }

  /**
   * Locks a waiting run, lets `change` edit it and saves the edit in the same transaction; `change` returns false to
   * leave the run as it was. The lock waits for another event's check of the same run (a few statements) rather
   * than skipping it: skipped, the awaited event could pass by while an unrelated one held the run, and the run
   * would sleep until its timeout. After the wait the row is read again, so a run already resumed is not touched.
   */
  async updateWaitingRun(id: string, change: (run: RunRow) => boolean) {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<RunRow>(
        `SELECT * FROM ${RUNS_TABLE} WHERE id = $1 AND status = 'waiting' FOR UPDATE`,
        [id],
      );
      if (rows[0] && change(rows[0])) await this.write(client, rows[0], null);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async load(id: string): Promise<RunRow> {
    const { rows } = await this.pool.query<RunRow>(`SELECT * FROM ${RUNS_TABLE} WHERE id = $1`, [id]);
    if (!rows[0]) throw new Error(`run ${id} not found`);
    return rows[0];
  }

  save(run: RunRow, leaseUntil: Date | null) {
    return this.write(this.pool, run, leaseUntil);
  }

  private async write(q: Queryable, run: RunRow, leaseUntil: Date | null) {
    await q.query(
      `UPDATE ${RUNS_TABLE} SET status = $2, steps = $3::jsonb, stack = $4, planned = $5, timers = $6::jsonb, waits = $7::jsonb,
         attempt = $8, "disableImmediate" = $9, "nextRunAt" = $10, "leaseUntil" = $11, history = $12::jsonb, output = $13::jsonb,
         error = $14::jsonb, "endedAt" = $15, "updatedAt" = now()
       WHERE id = $1`,
      [
        run.id,
        run.status,
        JSON.stringify(run.steps),
        run.stack,
        run.planned,
        JSON.stringify(run.timers),
        JSON.stringify(run.waits),
        run.attempt,
        run.disableImmediate,
        run.nextRunAt,
        leaseUntil,
        JSON.stringify(run.history),
        jsonOrNull(run.output),
        jsonOrNull(run.error),
        run.endedAt,
      ],
    );
  }
}
