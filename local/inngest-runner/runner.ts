// The local runner's engine: stores events and runs in PostgreSQL (store.ts) and drives each run through the app's
// serve() endpoint one call at a time, memoizing every finished step before the next call. A crash loses at most the
// call in flight: on restart, runs that were running are picked up again with all completed steps memoized.
import { ulid } from "ulid";
import { callFunction } from "./call-function";
import { applyOps, resolveStep, resumeOnEvent } from "./ops";
import type { Registry } from "./registry";
import type { RunRow, RunStore } from "./store";
import { evaluate, valueOf } from "./expression";
import { resolveTime, retryDelay } from "./time";
import { DEFAULT_RETRIES, type FunctionConfig, type InngestEvent, type SerializedError } from "./types";

const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_CONCURRENT_RUNS = 8;
const LEASE_MS = 10 * 60_000;

export interface RunnerOptions {
  store: RunStore;
  registry: Registry;
  log: (m: string) => void;
  /** first retry delay; doubles per attempt */
  backoffMs: number;
  /** signs every call to the app (see signing.ts) */
  signingKey: string;
}

export class Runner {
  private active = new Set<string>();
  private tickQueued = false;
  private stopped = false;
  private interval: NodeJS.Timeout | undefined;
  /** claims and recovery take turns: a requeue landing while a claim is in flight would requeue a run just leased */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: RunnerOptions) {}

  async start() {
    this.o.registry.onChange(() => void this.recover().catch((e) => this.o.log(`recovery failed: ${String(e)}`)));
    this.interval = setInterval(() => this.wake(), 250);
    this.interval.unref();
    this.wake();
  }

  /**
   * Runs of this app left "running" by a runner that died resume from their memoized steps. The runs this runner is
   * driving right now are not among them: requeueing one of those on a re-sync would run its current step twice.
   */
  private async recover() {
    const ids = this.o.registry.all().map((f) => f.id);
    const count = await this.inTurn(() => this.o.store.requeueRunning(ids, [...this.active]));
    if (count > 0) this.o.log(`resuming ${count} interrupted run(s)`);
    this.wake();
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => {});
    return result;
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
  async ingest(
    events: { name: string; data?: Record<string, unknown>; id?: string; ts?: number }[],
  ): Promise<string[]> {
    const received = events.map((e) => ({
      event: { id: ulid(), name: e.name, data: e.data ?? {}, ts: e.ts ?? Date.now() } as InngestEvent,
      dedupeId: e.id ?? null,
    }));
    // one statement for the whole send; an event it did not store may be a duplicate (or a sender id past its window)
    const inserted = await this.o.store.insertEvents(received);
    const ids: string[] = [];
    const stored: InngestEvent[] = [];
    for (const { event, dedupeId } of received) {
      const accepted = inserted.has(event.id) ? event.id : await this.storeEvent(event, dedupeId);
      ids.push(accepted);
      if (accepted === event.id) stored.push(event); // a duplicate of an event already received triggers nothing
    }
    await this.createRuns(stored.flatMap((event) => this.o.registry.matching(event).map((fn) => ({ fn, event }))));
    if (stored.length > 0) await this.resolveWaits(stored);
    this.wake();
    return ids;
  }

  /**
   * Stores an event under its sender's id (if any) and returns the id it is known by: its own, or that of the event
   * which already came with this sender id within the deduplication window. The insert comes first, as most events
   * are new: one statement for them.
   */
  private async storeEvent(event: InngestEvent, dedupeId: string | null): Promise<string> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await this.o.store.insertEvent(event, dedupeId)) return event.id;
      const existing = dedupeId ? await this.o.store.eventByDedupeId(dedupeId) : undefined;
      // gone meanwhile (its id was released by another sender): try the insert again
      if (!existing) continue;
      if (Date.now() - existing.receivedAt.getTime() < DEDUPE_WINDOW_MS) return existing.id;
      // an id seen longer ago than the window is free again
      await this.o.store.releaseDedupeId(existing.id);
    }
    throw new Error(`event ${dedupeId ?? event.id} could not be stored`);
  }

  /**
   * An event dated in the future (its ts) starts its runs at that time, as Inngest does: they sleep until then. A
   * function with `batchEvents` gets the event in its open batch (per key), unless the batch's `if` rejects it — then
   * it runs on its own, as Inngest runs it. The runs of single events are created in one statement.
   */
  async createRuns(triggered: { fn: FunctionConfig; event: InngestEvent }[]) {
    const single: Parameters<RunStore["createRuns"]>[0] = [];
    for (const { fn, event } of triggered) {
      const maxAttempts = (fn.steps.step.retries?.attempts ?? DEFAULT_RETRIES) + 1;
      const startAt = event.ts > Date.now() ? new Date(event.ts) : undefined;
      const batch = fn.batchEvents;
      if (batch && !startAt && (!batch.if || evaluate(batch.if, { event }))) {
        const key = batch.key ? JSON.stringify(valueOf(batch.key, { event }) ?? null) : null;
        await this.o.store.addToBatch({
          newRunId: ulid(),
          functionId: fn.id,
          event,
          key,
          maxSize: Math.max(1, batch.maxSize),
          timeoutMs: resolveTime(batch.timeout, 0),
          maxAttempts,
        });
      } else single.push({ id: ulid(), functionId: fn.id, event, maxAttempts, startAt });
    }
    await this.o.store.createRuns(single);
  }

  /** Starts the scheduled run of one function, once per scheduled time. */
  async fireCron(fn: FunctionConfig, cron: string, scheduled: Date) {
    const dedupeId = `cron:${fn.id}:${cron}:${scheduled.toISOString()}`;
    const event: InngestEvent = {
      id: ulid(),
      name: "inngest/scheduled.timer",
      data: { cron },
      ts: scheduled.getTime(),
    };
    if (!(await this.o.store.insertEvent(event, dedupeId))) return;
    await this.createRuns([{ fn, event }]);
    this.wake();
  }

  /**
   * Resumes the runs waiting for one of these events: one look for waiting runs per batch, one transaction per
   * waiting run. The first event of the batch that a run awaits resumes it; it then waits no more.
   */
  private async resolveWaits(events: InngestEvent[]) {
    for (const id of await this.o.store.waitingRunIds()) {
      await this.o.store.updateWaitingRun(id, (run) => events.some((event) => resumeOnEvent(run, event)));
    }
  }

  private async tick() {
    if (this.stopped) return;
    // the claimed runs count as active before recovery may look (in the same turn)
    const claimed = await this.inTurn(async () => {
      const free = MAX_CONCURRENT_RUNS - this.active.size;
      // only runs of functions this runner's app serves: other apps' runners may share the database
      const functionIds = this.o.registry.all().map((f) => f.id);
      if (this.stopped || free <= 0 || functionIds.length === 0) return [];
      const runs = await this.o.store.claim(functionIds, free, LEASE_MS);
      for (const run of runs) this.active.add(run.id);
      return runs;
    });
    for (const run of claimed) {
      void this.process(run)
        .catch((e) => this.o.log(`run ${run.id}: ${String(e)}`))
        .finally(() => {
          this.active.delete(run.id);
          this.wake();
        });
    }
  }

  private save(run: RunRow, patch: Partial<RunRow> = {}) {
    Object.assign(run, patch);
    return this.o.store.save(run, run.status === "running" ? new Date(Date.now() + LEASE_MS) : null);
  }

  /** Drives one claimed run (the row the claim returned) until it finishes, fails, sleeps, waits or must back off. */
  private async process(run: RunRow) {
    for (let guard = 0; guard < 1000 && !this.stopped; guard++) {
      const fn =
        this.o.registry.get(run.functionId) ??
        ((await this.o.registry.sync()) ? this.o.registry.get(run.functionId) : undefined);
      if (!fn) {
        // the app is not up yet (or no longer serves the function): try again shortly
        await this.save(run, { status: "queued", nextRunAt: new Date(Date.now() + 2000) });
        return;
      }
      const now = Date.now();
      for (const t of run.timers.filter((t) => Date.parse(t.at) <= now))
        resolveStep(run, t.id, { data: null }, "Sleep", t.id);
      run.timers = run.timers.filter((t) => Date.parse(t.at) > now);
      for (const w of run.waits.filter((w) => w.timeoutAt && Date.parse(w.timeoutAt) <= now))
        resolveStep(run, w.id, { data: null }, "WaitForEvent", w.event);
      run.waits = run.waits.filter((w) => !w.timeoutAt || Date.parse(w.timeoutAt) > now);

      if (run.planned.length === 0 && (run.timers.length > 0 || run.waits.length > 0)) {
        const deadlines = [
          ...run.timers.map((t) => Date.parse(t.at)),
          ...run.waits.map((w) => (w.timeoutAt ? Date.parse(w.timeoutAt) : Infinity)),
        ];
        const next = Math.min(...deadlines);
        await this.save(run, {
          status: run.timers.length > 0 ? "sleeping" : "waiting",
          nextRunAt: new Date(Number.isFinite(next) ? next : Date.now() + 365 * 86_400_000),
        });
        return;
      }

      const target = run.planned[0] ?? "step";
      if (process.env.RUNNER_DEBUG) this.o.log(`call ${run.functionId} ${target} attempt ${run.attempt}`);
      const result = await callFunction(fn, run, target, this.o.signingKey);
      // stopped meanwhile (a crash, as far as this run is concerned): nothing of this call is recorded
      if (this.stopped) return;
      if (result.kind === "done") {
        await this.save(run, { status: "completed", output: result.output ?? null, endedAt: new Date() });
        return;
      }
      if (result.kind === "error") {
        if (result.noRetry || run.attempt + 1 >= run.maxAttempts) return this.fail(run, result.error);
        await this.save(run, {
          status: "queued",
          attempt: run.attempt + 1,
          nextRunAt: new Date(Date.now() + retryDelay(run.attempt + 1, this.o.backoffMs, result.retryAfter)),
        });
        return;
      }
      const outcome = applyOps(run, result.ops);
      if (outcome.kind === "failed") return this.fail(run, outcome.error);
      if (outcome.kind === "completed") {
        await this.save(run, { status: "completed", output: outcome.output ?? null, endedAt: new Date() });
        return;
      }
      if (outcome.kind === "retry") {
        await this.save(run, {
          status: "queued",
          nextRunAt: new Date(Date.now() + retryDelay(run.attempt, this.o.backoffMs, outcome.retryAfter)),
        });
        return;
      }
      await this.save(run, { status: "running" });
    }
    if (!this.stopped) await this.save(run, { status: "queued", nextRunAt: new Date() });
  }

  private async fail(run: RunRow, error: SerializedError) {
    await this.save(run, { status: "failed", error, endedAt: new Date() });
    this.o.log(`run ${run.id} of ${run.functionId} failed: ${error.message ?? error.name}`);
    await this.ingest([
      {
        name: "inngest/function.failed",
        data: { function_id: run.functionId, run_id: run.id, error, event: run.event },
      },
    ]);
  }
}
