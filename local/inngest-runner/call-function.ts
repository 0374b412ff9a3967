// One HTTP call to the app's serve() endpoint for a run: either discovery (stepId=step) or one planned step.
import type { LocalInngestRun } from "@prisma/client";
import type { FunctionConfig, InngestEvent, OutgoingOp, SerializedError } from "./types";

export type CallResult =
  | { kind: "done"; output: unknown }
  | { kind: "ops"; ops: OutgoingOp[] }
  | { kind: "error"; error: SerializedError; noRetry: boolean; retryAfter?: string };

const CALL_TIMEOUT_MS = 5 * 60_000;

export async function callFunction(fn: FunctionConfig, run: LocalInngestRun, target: string): Promise<CallResult> {
  const url = new URL(fn.steps.step.runtime.url);
  url.searchParams.set("stepId", target);
  const event = run.event as unknown as InngestEvent;
  const body = {
    event,
    events: [event],
    steps: run.steps,
    ctx: {
      run_id: run.id,
      attempt: run.attempt,
      max_attempts: run.maxAttempts,
      disable_immediate_execution: run.disableImmediate,
      // the SDK must not call back to an Inngest API (this runner has none) nor checkpoint
      use_api: false,
      stack: { stack: run.stack, current: run.stack.length },
    },
    version: 2,
  };
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-server-kind": "dev" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: "error", error: { name: "NetworkError", message: `could not reach ${url.origin}: ${String(error)}` }, noRetry: false };
  }
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { name: "InvalidResponse", message: text.slice(0, 500) };
  }
  if (res.status === 200) return { kind: "done", output: parsed };
  if (res.status === 206 && Array.isArray(parsed)) return { kind: "ops", ops: parsed as OutgoingOp[] };
  const error = (parsed && typeof parsed === "object" ? parsed : { message: String(parsed) }) as SerializedError;
  return {
    kind: "error",
    error: { name: error.name ?? `HTTP ${res.status}`, message: error.message ?? text.slice(0, 500), stack: error.stack },
    noRetry: res.headers.get("x-inngest-no-retry") === "true" || res.status === 400,
    retryAfter: res.headers.get("retry-after") ?? undefined,
  };
}
