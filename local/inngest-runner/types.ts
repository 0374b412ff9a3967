// Shapes of the Inngest SDK ⇄ server protocol (inngest JS SDK v4, dev-server flavour) that the local runner uses.

/** The SDK version this runner's protocol was written and tested against; package.json pins exactly this one. */
export const INNGEST_SDK_VERSION = "4.24.0";

type Trigger = { event: string; expression?: string } | { cron: string };

export interface FunctionConfig {
  id: string;
  name: string;
  triggers: Trigger[];
  steps: { step: { runtime: { url: string }; retries?: { attempts: number } } };
  /** Inngest's event batching: up to maxSize events (per key) in one run, started when full or after timeout */
  batchEvents?: { maxSize: number; timeout: string; key?: string; if?: string };
}

export interface InngestEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
}

/** What the runner sends back for a finished step. */
export type Memo = { data: unknown } | { error: SerializedError };
export interface SerializedError {
  name?: string;
  message?: string;
  stack?: string;
}

export interface OutgoingOp {
  id: string;
  op: string;
  name?: string;
  displayName?: string;
  opts?: { timeout?: string; if?: string; [k: string]: unknown };
  data?: unknown;
  error?: SerializedError;
}

export interface Timer {
  id: string;
  at: string;
}
export interface Wait {
  id: string;
  event: string;
  if?: string;
  timeoutAt: string | null;
}
export interface HistoryEntry {
  id: string;
  name: string;
  op: string;
  status: "completed" | "retrying" | "failed" | "planned" | "sleeping" | "waiting";
  attempts: number;
  error?: string;
  at: string;
}

export const DEFAULT_RETRIES = 3;
