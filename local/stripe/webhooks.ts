// Webhook delivery as Stripe does it: each event is POSTed as JSON to the endpoint with a `Stripe-Signature` header
// (`t=<unix>,v1=<HMAC-SHA256 of "<t>.<body>">`, re-signed on every attempt so retries stay inside the receiver's
// timestamp tolerance), one at a time in creation order, and non-2xx answers or network errors are retried with
// exponential backoff. Deliveries live in the persisted state, so those still owed survive a restart.
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { EventLog } from "./events";
import { nowSeconds } from "./ids";
import type { Store } from "./store";
import type { Delivery } from "./types";

const MAX_ATTEMPTS = 10;
const MAX_BACKOFF_MS = 60_000;
// generous because a Next.js dev server compiles the webhook route on its first hit
const TIMEOUT_MS = 20_000;

function signatureHeader(secret: string, payload: string, timestamp = nowSeconds()): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

export type WebhookOptions = { url?: string; secret: string; retryBaseMs: number; log: (m: string) => void };

export class WebhookSender {
  private url: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly store: Store,
    private readonly events: EventLog,
    private readonly options: WebhookOptions,
  ) {
    this.url = options.url;
  }

  get hasEndpoint(): boolean {
    return Boolean(this.url);
  }

  setUrl(url: string) {
    this.url = url;
    this.kick();
  }

  /**
   * Starts the delivery loop on a later tick, so a delivery never runs inside the API request that caused it. A loop
   * that is already running re-reads the queue after each attempt, so it picks up what this kick was for.
   */
  kick() {
    if (this.stopped || !this.url) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running ??= this.run().finally(() => (this.running = undefined));
    }, 0);
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.running;
  }

  private async run() {
    while (!this.stopped && this.url) {
      const now = Date.now();
      const deliveries = this.store.state.deliveries;
      const due = deliveries.filter((d) => d.dueAt <= now).sort((a, b) => a.seq - b.seq)[0];
      if (!due) {
        if (deliveries.length === 0) return;
        const next = Math.min(...deliveries.map((d) => d.dueAt));
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.kick(), Math.max(0, next - now));
        return;
      }
      await this.attempt(due, this.url);
    }
  }

  private async attempt(delivery: Delivery, url: string) {
    const state = this.store.state;
    const event = state.events[delivery.eventId];
    if (!event) return this.finish(delivery);
    const payload = JSON.stringify(event, null, 2);
    const headers = {
      "Content-Type": "application/json; charset=utf-8",
      "Stripe-Signature": signatureHeader(this.options.secret, payload),
      "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
      Accept: "*/*; charset=utf-8",
      "Cache-Control": "no-cache",
    };
    let outcome: string;
    let ok = false;
    try {
      const status = await post(url, payload, headers, this.abort.signal);
      ok = status >= 200 && status < 300;
      outcome = `HTTP ${status}`;
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    }
    // an attempt cut short by stop() is not the endpoint's fault: it stays owed and goes out after a restart
    if (this.stopped && !ok) return;
    delivery.attempts += 1;
    if (ok) return this.finish(delivery);
    if (delivery.attempts >= MAX_ATTEMPTS) {
      this.options.log(
        `webhook ${event.type} ${event.id} to ${url} failed (${outcome}) ${delivery.attempts} times; giving up`,
      );
      return this.finish(delivery);
    }
    const delay = Math.min(this.options.retryBaseMs * 2 ** (delivery.attempts - 1), MAX_BACKOFF_MS);
    delivery.dueAt = Date.now() + delay;
    // an app that is not up yet refuses connections: that is expected while it starts, so only other failures are logged
    if (!/ECONNREFUSED/.test(outcome)) {
      this.options.log(
        `webhook ${event.type} ${event.id} to ${url} failed (${outcome}), attempt ${delivery.attempts}/${MAX_ATTEMPTS}; retrying in ${delay} ms`,
      );
    }
    this.store.changed();
  }

  private finish(delivery: Delivery) {
    const state = this.store.state;
    state.deliveries = state.deliveries.filter((d) => d !== delivery);
    this.events.refreshPending(delivery.eventId);
    this.store.changed();
  }
}

/** POSTs with a fresh connection per attempt (no keep-alive), so stop() leaves no socket behind. */
function post(url: string, body: string, headers: Record<string, string>, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        agent: false,
        timeout: TIMEOUT_MS,
        signal,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}
