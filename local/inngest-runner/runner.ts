// The local runner's engine: stores events and runs in PostgreSQL and drives each run through the app's serve()
// endpoint one call at a time, memoizing every finished step before the next call. A crash loses at most the call
// in flight: on restart, runs that were running are picked up again with all completed steps memoized.
import type { LocalInngestRun, Prisma, PrismaClient } from "@prisma/client";
import { ulid } from "ulid";
import { callFunction } from "./call-function";
import { evaluate } from "./expression";
import type { Registry } from "./registry";
import { resolveTime, retryDelay } from "./time";
import { DEFAULT_RETRIES, type FunctionConfig, type HistoryEntry, type InngestEvent, type Memo, type OutgoingOp, type SerializedError, type Timer, type Wait } from "./types";

const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_CONCURRENT_RUNS = 8;
const LEASE_MS = 10 * 60_000;

export interface RunnerOptions {
  db: PrismaClient;
  registry: Registry;
  log: (m: string) => void;
  /** first retry delay; doubles per attempt */
  backoffMs: number;
  /** signs every call to the app (see signing.ts) */
  signingKey: string;
}

type RunState = Omit<LocalInngestRun, "steps" | "timers" | "waits" | "history"> & {
  steps: Record<string, Memo>;
  timers: Timer[];
  waits: Wait[];
  history: HistoryEntry[];
};

const json = (v: unknown) => v as Prisma.InputJsonValue;

export class Runner {
  private active = new Set<string>();
  private tickQueued = false;
  private stopped = false;
  private interval: NodeJS.Timeout | undefined;

  constructor(private readonly o: RunnerOptions) {}

  async start() {
    this.o.registry.onChange(() => void this.recover().catch((e) => this.o.log(`recovery failed: ${String(e)}`)));
    this.interval = setInterval(() => this.wake(), 250);
    this.interval.unref();
    this.wake();
  }

  /** Runs of this app left "running" by a runner that died resume from their memoized steps. */
  private async recover() {
    const ids = this.o.registry.all().map((f) => f.id);
    const { count } = await this.o.db.localInngestRun.updateMany({
      where: { status: "running", functionId: { in: ids } },
      data: { status: "queued", nextRunAt: new Date(), leaseUntil: null },
    });
    if (count > 0) this.o.log(`resuming ${count} interrupted run(s)`);
    this.wake();
  }

  /** Stops scheduling; waits for calls in flight unless `abandon` (which tests use to simulate a crash). */
  async stop({ abandon = false } = {}) {
    this.stopped = true;
    clearInterval(this.interval);
    if (abandon) return;
    const deadline = Date.now() + 5000;
    while (this.active.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  }

  wake() {
    if (this.tickQueued || this.stopped) return;
    this.tickQueued = true;
    setImmediate(() => {
      this.tickQueued = false;
      void this.tick().catch((e) => this.o.log(`scheduler error: ${String(e)}`));
    });
  }

  /** Accepts events (from the SDK's event API or internally) and starts the runs they trigger. */
  async ingest(events: { name: string; data?: Record<string, unknown>; id?: string; ts?: number }[]): Promise<string[]> {
    const ids: string[] = [];
    for (const e of events) {
      const event: InngestEvent = { id: ulid(), name: e.name, data: e.data ?? {}, ts: e.ts ?? Date.now() };
      if (e.id) {
        const existing = await this.o.db.localInngestEvent.findUnique({ where: { dedupeId: e.id } });
        if (existing && Date.now() - existing.receivedAt.getTime() < DEDUPE_WINDOW_MS) {
          ids.push(existing.id);
          continue;
        }
        if (existing) await this.o.db.localInngestEvent.update({ where: { id: existing.id }, data: { dedupeId: null } });
      }
      try {
        await this.o.db.localInngestEvent.create({ data: { id: event.id, name: event.name, data: json(event.data), ts: new Date(event.ts), dedupeId: e.id ?? null } });
      } catch (error) {
        // a concurrent duplicate with the same id won the insert: this one triggers nothing
        const winner = e.id ? await this.o.db.localInngestEvent.findUnique({ where: { dedupeId: e.id } }) : null;
        if (winner) {
          ids.push(winner.id);
          continue;
        }
        throw error;
      }
      ids.push(event.id);
      for (const fn of this.o.registry.matching(event)) await this.createRun(fn, event);
      await this.resolveWaits(event);
    }
    this.wake();
    return ids;
  }

  async createRun(fn: FunctionConfig, event: InngestEvent) {
    const retries = fn.steps.step.retries?.attempts ?? DEFAULT_RETRIES;
    await this.o.db.localInngestRun.create({
      data: { id: ulid(), functionId: fn.id, eventId: event.id, event: json(event), maxAttempts: retries + 1 },
    });
  }

  /** Starts the scheduled run of one function, once per scheduled time. */
  async fireCron(fn: FunctionConfig, cron: string, scheduled: Date) {
    const dedupeId = `cron:${fn.id}:${cron}:${scheduled.toISOString()}`;
    const event: InngestEvent = { id: ulid(), name: "inngest/scheduled.timer", data: { cron }, ts: scheduled.getTime() };
    const created = await this.o.db.localInngestEvent
      .create({ data: { id: event.id, name: event.name, data: json(event.data), ts: scheduled, dedupeId } })
      .then(() => true)
      .catch(() => false);
    if (!created) return;
    await this.createRun(fn, event);
    this.wake();
  }

  private async resolveWaits(event: InngestEvent) {
    const waiting = await this.o.db.localInngestRun.findMany({ where: { status: "waiting" }, select: { id: true } });
    for (const { id } of waiting) {
      await this.o.db.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<LocalInngestRun[]>`SELECT * FROM local_inngest_runs WHERE id = ${id} AND status = 'waiting' FOR UPDATE SKIP LOCKED`;
        if (!row) return;
        const run = row as unknown as RunState;
        const match = run.waits.find((w) => w.event === event.name && (!w.if || safeEvaluate(w.if, { event: run.event, async: event })));
        if (!match) return;
        run.steps[match.id] = { data: event };
        await tx.localInngestRun.update({
          where: { id },
          data: {
            steps: json(run.steps),
            stack: [...run.stack, match.id],
            waits: json(run.waits.filter((w) => w !== match)),
            history: json(upsertHistory(run.history, { id: match.id, name: event.name, op: "WaitForEvent", status: "completed", attempts: 1 })),
            status: "queued",
            nextRunAt: new Date(),
          },
        });
      });
    }
  }

  private async tick() {
    if (this.stopped) return;
    const free = MAX_CONCURRENT_RUNS - this.active.size;
    // only runs of functions this runner's app serves: other apps' runners may share the database
    const functionIds = this.o.registry.all().map((f) => f.id);
    if (free <= 0 || functionIds.length === 0) return;
    const claimed = await this.o.db.$queryRaw<{ id: string }[]>`
      UPDATE local_inngest_runs SET status = 'running', "leaseUntil" = now() + ${`${LEASE_MS} milliseconds`}::interval
      WHERE id IN (
        SELECT id FROM local_inngest_runs
        WHERE "functionId" = ANY(${functionIds})
          AND ((status IN ('queued', 'sleeping', 'waiting') AND "nextRunAt" <= now()) OR (status = 'running' AND "leaseUntil" < now()))
        ORDER BY "nextRunAt" LIMIT ${free} FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    for (const { id } of claimed) {
      this.active.add(id);
      void this.process(id)
        .catch((e) => this.o.log(`run ${id}: ${String(e)}`))
        .finally(() => {
          this.active.delete(id);
          this.wake();
        });
    }
  }

  private async load(id: string): Promise<RunState> {
    return (await this.o.db.localInngestRun.findUniqueOrThrow({ where: { id } })) as unknown as RunState;
  }

  private save(run: RunState, patch: Partial<RunState> = {}) {
    Object.assign(run, patch);
    return this.o.db.localInngestRun.update({
      where: { id: run.id },
      data: {
        status: run.status,
        steps: json(run.steps),
        stack: run.stack,
        planned: run.planned,
        timers: json(run.timers),
        waits: json(run.waits),
        attempt: run.attempt,
        disableImmediate: run.disableImmediate,
        nextRunAt: run.nextRunAt,
        leaseUntil: run.status === "running" ? new Date(Date.now() + LEASE_MS) : null,
        history: json(run.history),
        output: run.output === null ? undefined : json(run.output),
        error: run.error === null ? undefined : json(run.error),
        endedAt: run.endedAt,
      },
    });
  }

  /** Drives one claimed run until it finishes, fails, sleeps, waits or must back off. */
  private async process(id: string) {
    const run = await this.load(id);
    for (let guard = 0; guard < 1000 && !this.stopped; guard++) {
      const fn = this.o.registry.get(run.functionId) ?? ((await this.o.registry.sync()) ? this.o.registry.get(run.functionId) : undefined);
      if (!fn) {
        // the app is not up yet (or no longer serves the function): try again shortly
        await this.save(run, { status: "queued", nextRunAt: new Date(Date.now() + 2000) });
        return;
      }
      const now = Date.now();
      for (const t of run.timers.filter((t) => Date.parse(t.at) <= now)) this.resolve(run, t.id, { data: null }, "Sleep", t.id);
      run.timers = run.timers.filter((t) => Date.parse(t.at) > now);
      for (const w of run.waits.filter((w) => w.timeoutAt && Date.parse(w.timeoutAt) <= now)) this.resolve(run, w.id, { data: null }, "WaitForEvent", w.event);
      run.waits = run.waits.filter((w) => !w.timeoutAt || Date.parse(w.timeoutAt) > now);

      if (run.planned.length === 0 && (run.timers.length > 0 || run.waits.length > 0)) {
        const deadlines = [...run.timers.map((t) => Date.parse(t.at)), ...run.waits.map((w) => (w.timeoutAt ? Date.parse(w.timeoutAt) : Infinity))];
        const next = Math.min(...deadlines);
        await this.save(run, { status: run.timers.length > 0 ? "sleeping" : "waiting", nextRunAt: new Date(Number.isFinite(next) ? next : Date.now() + 365 * 86_400_000) });
        return;
      }

      const target = run.planned[0] ?? "step";
      if (process.env.RUNNER_DEBUG) this.o.log(`call ${run.functionId} ${target} attempt ${run.attempt}`);
      const result = await callFunction(fn, run as unknown as LocalInngestRun, target, this.o.signingKey);
      // stopped meanwhile (a crash, as far as this run is concerned): nothing of this call is recorded
      if (this.stopped) return;
      if (result.kind === "done") {
        await this.save(run, { status: "completed", output: json(result.output ?? null) as never, endedAt: new Date() });
        return;
      }
      if (result.kind === "error") {
        if (result.noRetry || run.attempt + 1 >= run.maxAttempts) return this.fail(run, result.error);
        await this.save(run, { status: "queued", attempt: run.attempt + 1, nextRunAt: new Date(Date.now() + retryDelay(run.attempt + 1, this.o.backoffMs, result.retryAfter)) });
        return;
      }
      const outcome = this.applyOps(run, result.ops);
      if (outcome.kind === "failed") return this.fail(run, outcome.error);
      if (outcome.kind === "completed") {
        await this.save(run, { status: "completed", output: json(outcome.output ?? null) as never, endedAt: new Date() });
        return;
      }
      if (outcome.kind === "retry") {
        await this.save(run, { status: "queued", nextRunAt: new Date(Date.now() + retryDelay(run.attempt, this.o.backoffMs, outcome.retryAfter)) });
        return;
      }
      await this.save(run, { status: "running" });
    }
    if (!this.stopped) await this.save(run, { status: "queued", nextRunAt: new Date() });
  }

  private resolve(run: RunState, id: string, memo: Memo, op: string, name: string, status: HistoryEntry["status"] = "completed", error?: string) {
    run.steps[id] = memo;
    run.stack = [...run.stack, id];
    run.planned = run.planned.filter((p) => p !== id);
    run.history = upsertHistory(run.history, { id, name, op, status, attempts: run.attempt + 1, error });
    run.attempt = 0;
  }

  private applyOps(run: RunState, ops: OutgoingOp[]): { kind: "progress" } | { kind: "retry"; retryAfter?: string } | { kind: "completed"; output: unknown } | { kind: "failed"; error: SerializedError } {
    if (ops.length > 1 || ops.some((o) => o.op === "StepPlanned")) run.disableImmediate = true;
    for (const op of ops) {
      const name = op.displayName ?? op.name ?? op.id;
      switch (op.op) {
        case "StepRun":
          this.resolve(run, op.id, { data: op.data ?? null }, "StepRun", name);
          break;
        case "StepPlanned":
          if (!(op.id in run.steps) && !run.planned.includes(op.id)) {
            run.planned = [...run.planned, op.id];
            run.history = upsertHistory(run.history, { id: op.id, name, op: "StepRun", status: "planned", attempts: 0 });
          }
          break;
        case "Sleep":
          if (!(op.id in run.steps) && !run.timers.some((t) => t.id === op.id)) {
            run.timers = [...run.timers, { id: op.id, at: new Date(resolveTime(op.name)).toISOString() }];
            run.history = upsertHistory(run.history, { id: op.id, name, op: "Sleep", status: "sleeping", attempts: 0 });
          }
          break;
        case "WaitForEvent":
          if (!(op.id in run.steps) && !run.waits.some((w) => w.id === op.id)) {
            run.waits = [...run.waits, { id: op.id, event: op.name ?? "", if: op.opts?.if, timeoutAt: op.opts?.timeout ? new Date(resolveTime(op.opts.timeout)).toISOString() : null }];
            run.history = upsertHistory(run.history, { id: op.id, name, op: "WaitForEvent", status: "waiting", attempts: 0 });
          }
          break;
        case "StepError": {
          const message = op.error?.message ?? "step failed";
          if (run.attempt + 1 >= run.maxAttempts) {
            this.resolve(run, op.id, { error: op.error ?? { message } }, "StepRun", name, "failed", message);
          } else {
            run.history = upsertHistory(run.history, { id: op.id, name, op: "StepRun", status: "retrying", attempts: run.attempt + 1, error: message });
            run.attempt += 1;
            return { kind: "retry" };
          }
          break;
        }
        case "StepFailed":
          this.resolve(run, op.id, { error: op.error ?? { message: "step failed" } }, "StepRun", name, "failed", op.error?.message);
          break;
        case "RunComplete":
          return { kind: "completed", output: op.data };
        default:
          return { kind: "failed", error: { name: "UnsupportedOp", message: `the local Inngest runner does not support the "${op.op}" operation` } };
      }
    }
    return { kind: "progress" };
  }

  private async fail(run: RunState, error: SerializedError) {
    await this.save(run, { status: "failed", error: json(error) as never, endedAt: new Date() });
    this.o.log(`run ${run.id} of ${run.functionId} failed: ${error.message ?? error.name}`);
    await this.ingest([{ name: "inngest/function.failed", data: { function_id: run.functionId, run_id: run.id, error, event: run.event } }]);
  }
}

function safeEvaluate(expression: string, scope: Record<string, unknown>) {
  try {
    return evaluate(expression, scope);
  } catch {
    return false;
  }
}

function upsertHistory(history: HistoryEntry[], entry: Omit<HistoryEntry, "at">): HistoryEntry[] {
  const next = { ...entry, at: new Date().toISOString() };
  const i = history.findIndex((h) => h.id === entry.id);
  return i === -1 ? [...history, next] : history.map((h, j) => (j === i ? next : h));
}
