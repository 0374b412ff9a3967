// One local service (the Stripe stand-in or the Inngest runner) in its own process for the booking profile, so its
// CPU time is its own. It counts the HTTP requests it serves; "report" on stdin prints {cpu, requests} as JSON.
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { createInterface } from "node:readline";
import { startRunner } from "../local/inngest-runner/server";
import { STRIPE_WEBHOOK_EVENTS } from "../lib/payments/webhook-events";
import { LOCAL_STRIPE_WEBHOOK_SECRET, startStripeStandIn } from "../local/stripe/server";

const requests: Record<string, number> = {};
diagnosticsChannel.subscribe("http.server.request.start", (message) => {
  const { request } = message as { request: IncomingMessage };
  // ids (pi_…, /e/<key>) collapse so one kind of call is one line
  const path = (request.url ?? "")
    .split("?")[0]
    .replace(/\/(pi|ch|re|acct|evt|pm)_[A-Za-z0-9]+/g, "/$1_…")
    .replace(/^\/e\/.+/, "/e/<key>");
  const key = `${request.method} ${path}`;
  requests[key] = (requests[key] ?? 0) + 1;
});

async function main() {
  const [role, port, target, databaseUrl] = process.argv.slice(2);
  if (role === "stripe") {
    await startStripeStandIn({
      port: Number(port),
      webhookUrl: target,
      webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET,
      enabledEvents: STRIPE_WEBHOOK_EVENTS,
      dataFile: `/tmp/travellr-profile-stripe-${port}.json`,
    });
  } else {
    await startRunner({
      port: Number(port),
      appUrl: target,
      databaseUrl,
      signingKey: process.env.INNGEST_SIGNING_KEY!,
      eventKey: process.env.INNGEST_EVENT_KEY!,
      backoffMs: 1000,
    });
  }
  console.log(JSON.stringify({ ready: true }));
  // the parent gone (stdin closed) ends this process too
  createInterface({ input: process.stdin })
    .on("close", () => process.exit(0))
    .on("line", (line) => {
      if (line === "reset") for (const k of Object.keys(requests)) delete requests[k];
      console.log(JSON.stringify({ cpu: process.cpuUsage(), requests }));
    });
}

void main();
