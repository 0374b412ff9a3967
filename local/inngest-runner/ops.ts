// What one answer of the app does to a run, as pure edits of the run row: memoize finished steps, plan the next ones,
// park it on a timer or an awaited event. runner.ts decides what to save and when to call again.
import { evaluate } from "./expression";
import type { RunRow } from "./store";
import { resolveTime } from "./time";
import type { HistoryEntry, InngestEvent, Memo, OutgoingOp, SerializedError } from "./types";

export type OpsOutcome =
  | { kind: "progress" }
  | { kind: "retry"; retryAfter?: string }
  | { kind: "completed"; output: unknown }
  | { kind: "failed"; error: SerializedError };

export function resolveStep(
  run: RunRow,
  id: string,
  memo: Memo,
  op: string,
  name: string,
  status: HistoryEntry["status"] = "completed",
  error?: string,
) {
  run.steps[id] = memo;
  run.stack = [...run.stack, id];
  run.planned = run.planned.filter((p) => p !== id);
  run.history = upsertHistory(run.history, { id, name, op, status, attempts: run.attempt + 1, error });
  run.attempt = 0;
}

export function applyOps(run: RunRow, ops: OutgoingOp[]): OpsOutcome {
  if (ops.length > 1 || ops.some((o) => o.op === "StepPlanned")) run.disableImmediate = true;
  for (const op of ops) {
    const name = op.displayName ?? op.name ?? op.id;
    switch (op.op) {
      case "StepRun":
        resolveStep(run, op.id, { data: op.data ?? null }, "StepRun", name);
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
          run.waits = [
            ...run.waits,
            {
              id: op.id,
              event: op.name ?? "",
              if: op.opts?.if,
              timeoutAt: op.opts?.timeout ? new Date(resolveTime(op.opts.timeout)).toISOString() : null,
            },
          ];
          run.history = upsertHistory(run.history, {
            id: op.id,
            name,
            op: "WaitForEvent",
            status: "waiting",
            attempts: 0,
          });
        }
        break;
      case "StepError": {
        const message = op.error?.message ?? "step failed";
        if (run.attempt + 1 >= run.maxAttempts) {
          resolveStep(run, op.id, { error: op.error ?? { message } }, "StepRun", name, "failed", message);
        } else {
          run.history = upsertHistory(run.history, {
            id: op.id,
            name,
            op: "StepRun",
            status: "retrying",
            attempts: run.attempt + 1,
            error: message,
          });
          run.attempt += 1;
          return { kind: "retry" };
        }
        break;
      }
      case "StepFailed":
        resolveStep(
          run,
          op.id,
          { error: op.error ?? { message: "step failed" } },
          "StepRun",
          name,
          "failed",
          op.error?.message,
        );
        break;
      case "RunComplete":
        return { kind: "completed", output: op.data };
      default:
        return {
          kind: "failed",
          error: {
            name: "UnsupportedOp",
            message: `the local Inngest runner does not support the "${op.op}" operation`,
          },
        };
    }
  }
  return { kind: "progress" };
}

/** A waiting run whose awaited event arrived: the event becomes the wait's result and the run is queued again. */
export function resumeOnEvent(run: RunRow, event: InngestEvent): boolean {
  const match = run.waits.find(
    (w) => w.event === event.name && (!w.if || safeEvaluate(w.if, { event: run.event, async: event })),
  );
  if (!match) return false;
  run.steps[match.id] = { data: event };
  run.stack = [...run.stack, match.id];
  run.waits = run.waits.filter((w) => w !== match);
  run.history = upsertHistory(run.history, {
    id: match.id,
    name: event.name,
    op: "WaitForEvent",
    status: "completed",
    attempts: 1,
  });
  run.status = "queued";
  run.nextRunAt = new Date();
  return true;
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
