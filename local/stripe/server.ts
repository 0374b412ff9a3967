// The local Stripe stand-in: a Stripe-compatible HTTP server that the real `stripe` SDK talks to when no
// STRIPE_SECRET_KEY is configured (`new Stripe("sk_test_…", { host: "127.0.0.1", port, protocol: "http" })`). It
// behaves like Stripe's test mode for what Travellr uses: PaymentIntents and test cards, refunds, Connect accounts
// and onboarding, transfers and reversals, events, idempotency keys and signed webhooks with retries.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { accountRoutes } from "./accounts";
import { balanceRoutes } from "./balance";
import { chargeRoutes } from "./charges";
import { routeMissing } from "./errors";
import { eventRoutes } from "./event-routes";
import { EventLog } from "./events";
import { handleApi, readBody } from "./http";
import { IdempotencyKeys } from "./idempotency";
import { newId } from "./ids";
import { handleOnboarding } from "./onboarding";
import { paymentIntentRoutes } from "./payment-intents";
import { paymentMethodRoutes } from "./payment-methods";
import { refundRoutes, resumeSimulatedRefundFailures } from "./refunds";
import { Router } from "./routes";
import { Store } from "./store";
import { transferRoutes } from "./transfers";
import { WebhookSender } from "./webhooks";

const STRIPE_STANDIN_SIGNATURE = "travellr-local-stripe";
export { LOCAL_STRIPE_WEBHOOK_SECRET } from "../../lib/local-keys";

export interface StripeStandInOptions {
  port: number;
  host?: string;
  /** where events are POSTed, e.g. http://localhost:3000/api/webhooks/stripe; no delivery without it */
  webhookUrl?: string;
  webhookSecret: string;
  /**
   * The event types the endpoint subscribes to, as a Stripe webhook endpoint's `enabled_events` (default `["*"]`:
   * every type). Events of other types are recorded and listed but not delivered.
   */
  enabledEvents?: readonly string[];
  /** JSON file the state is kept in across restarts; in memory only without it */
  dataFile?: string;
  /** first webhook retry delay, doubled per attempt (default 1000 ms) */
  webhookRetryBaseMs?: number;
  log?: (m: string) => void;
}

export interface StripeStandIn {
  url: string;
  port: number;
  stop(): Promise<void>;
  setWebhookUrl(url: string): void;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account",
  "Access-Control-Expose-Headers": "Request-Id, Idempotent-Replayed, Original-Request, Stripe-Version",
  "Access-Control-Max-Age": "600",
};

export async function startStripeStandIn(o: StripeStandInOptions): Promise<StripeStandIn> {
  const log = o.log ?? (() => {});
  const store = new Store(o.dataFile, log);
  store.load();
  let webhookUrl = o.webhookUrl;
  const enabled = new Set(o.enabledEvents ?? ["*"]);
  // the log asks the sender whether anyone listens; the sender needs the log to count pending_webhooks
  const events: EventLog = new EventLog(
    store,
    (type) => webhooks.hasEndpoint && (enabled.has("*") || enabled.has(type)),
  );
  const webhooks: WebhookSender = new WebhookSender(store, events, {
    url: webhookUrl,
    secret: o.webhookSecret,
    retryBaseMs: o.webhookRetryBaseMs ?? 1000,
    log,
  });
  events.onEmit = () => webhooks.kick();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const router = new Router([
    ...paymentIntentRoutes,
    ...paymentMethodRoutes,
    ...chargeRoutes,
    ...refundRoutes,
    ...accountRoutes,
    ...transferRoutes,
    ...balanceRoutes,
    ...eventRoutes,
  ]);
  const deps = {
    store,
    events,
    idempotency: new IdempotencyKeys(store),
    router,
    webhooks,
    baseUrl: () => baseUrl,
    later,
    log,
  };
  const instance = randomUUID();
  let baseUrl = "";

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const requestId = newId("req", 14);
    for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
    res.setHeader("Request-Id", requestId);
    const url = new URL(req.url ?? "/", "http://stand-in");
    if (req.method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith("/v1/")) return handleApi(deps, req, res, url, requestId);
    if (req.method === "GET" && url.pathname === "/_local/health") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ ok: true, stripe: STRIPE_STANDIN_SIGNATURE, instance, webhookUrl: webhookUrl ?? null }));
      return;
    }
    if (/^\/_local\/connect\/onboard\/[^/]+$/.test(url.pathname) && (req.method === "GET" || req.method === "POST")) {
      return handleOnboarding(req, res, url, { store, events, readBody });
    }
    const error = routeMissing(req.method ?? "GET", url.pathname);
    res.writeHead(error.status, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: error.body }, null, 2));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`request failed: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({
          error: { type: "api_error", message: "An unexpected error occurred in the local Stripe stand-in." },
        }),
      );
    });
  });
  const host = o.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  baseUrl = `http://${shownHost}:${port}`;
  resumeSimulatedRefundFailures(store, events, later);
  // webhooks still owed from before a restart go out now
  webhooks.kick();

  return {
    url: baseUrl,
    port,
    setWebhookUrl(url: string) {
      webhookUrl = url;
      webhooks.setUrl(url);
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await webhooks.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await store.flush();
    },
  };
}

/** True when a stand-in already listens on the port (a second `npm start` reuses it). */
export async function stripeStandInListening(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/_local/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok && ((await res.json()) as { stripe?: string }).stripe === STRIPE_STANDIN_SIGNATURE;
  } catch {
    return false;
  }
}
