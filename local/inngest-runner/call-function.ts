// One HTTP call to the app's serve() endpoint for a run: either discovery (stepId=step) or one planned step. The call
// is signed like Inngest Cloud's, and a result counts only if the app signed it back with the same key.
import { canonicalJson, sign, verifySignature } from "./signing";
import type { RunRow } from "./store";
import type { FunctionConfig, OutgoingOp, SerializedError } from "./types";

/** What a call tells the SDK about the run. */
export type CallContext = Pick<
  RunRow,
  "id" | "event" | "events" | "steps" | "stack" | "attempt" | "maxAttempts" | "disableImmediate"
>;

export type CallResult =
  | { kind: "done"; output: unknown }
  | { kind: "ops"; ops: OutgoingOp[] }
  | { kind: "error"; error: SerializedError; noRetry: boolean; retryAfter?: string };

const CALL_TIMEOUT_MS = 5 * 60_000;

export async function callFunction(
  fn: FunctionConfig,
  run: CallContext,
  target: string,
  signingKey: string,
): Promise<CallResult> {
  const url = new URL(fn.steps.step.runtime.url);
  url.searchParams.set("stepId", target);
  const event = run.event;
  const body = {
    event,
    events: run.events ?? [event],
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
  // the SDK checks the signature against the canonical form of the body it parsed, so exactly that form is sent
  const payload = canonicalJson(body);
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-inngest-server-kind": "cloud",
        "x-inngest-signature": sign(payload, signingKey),
      },
      body: payload,
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
  } catch (error) {
    return {
      kind: "error",
      error: { name: "NetworkError", message: `could not reach ${url.origin}: ${String(error)}` },
      noRetry: false,
    };
  }
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { name: "InvalidResponse", message: text.slice(0, 500) };
  }
  if (
    (res.status === 200 || res.status === 206) &&
    !verifySignature(res.headers.get("x-inngest-signature"), text, signingKey)
  ) {
    const message = `${url.origin} answered without a valid signature: is the app running the SDK in cloud mode with this runner's INNGEST_SIGNING_KEY?`;
    return { kind: "error", error: { name: "UnsignedResponse", message }, noRetry: false };
  }
  if (res.status === 200) return { kind: "done", output: parsed };
  if (res.status === 206 && Array.isArray(parsed)) return { kind: "ops", ops: parsed as OutgoingOp[] };
  const error = (parsed && typeof parsed === "object" ? parsed : { message: String(parsed) }) as SerializedError;
  return {
    kind: "error",
    error: {
      name: error.name ?? `HTTP ${res.status}`,
      message: error.message ?? text.slice(0, 500),
      stack: error.stack,
    },
    noRetry: res.headers.get("x-inngest-no-retry") === "true" || res.status === 400,
    retryAfter: res.headers.get("retry-after") ?? undefined,
  };
}
