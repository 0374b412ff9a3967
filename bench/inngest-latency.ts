// Latency from `inngest.send()` to the first line of the function's first step, in local mode: the real SDK sends
// to the local runner, which stores the event, creates the run and calls the real serve() handler over HTTP.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { startRunner } from "../local/inngest-runner/server";
import { newEventKey, newSigningKey } from "../local/inngest-runner/signing";
import { summarize } from "./stats";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);

export async function benchInngestLatency(databaseUrl: string) {
  const waiting = new Map<string, (t: number) => void>();
  let handler: RequestListener = (_q, r) => r.end();
  const app = createServer((q, r) => handler(q, r));
  await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
  const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`;
  // signed like the app's own calls (SDK in cloud mode), so the signing cost is part of the measurement
  const signingKey = newSigningKey();
  const eventKey = newEventKey();
  const runner = await startRunner({ port: 0, appUrl, databaseUrl, signingKey, eventKey });
  const silent = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
  const client = new Inngest({
    id: "bench",
    isDev: false,
    baseUrl: runner.url,
    signingKey,
    eventKey,
    logger: silent,
    internalLogger: silent,
  });
  const fn = client.createFunction(
    { id: "first-step", retries: 0, triggers: [{ event: "bench/ping" }] },
    async ({ event, step }) => {
      await step.run("first", () => {
        waiting.get(event.data.key as string)?.(performance.now());
        return true;
      });
    },
  );
  handler = serve({ client, functions: [fn] }) as RequestListener;
  while (!(await runner.registry.sync())) await new Promise((r) => setTimeout(r, 100));

  const latencies: number[] = [];
  for (let i = 0; i < SAMPLES + 5; i++) {
    const key = `k${i}`;
    const reached = new Promise<number>((resolve) => waiting.set(key, resolve));
    const t0 = performance.now();
    await client.send({ name: "bench/ping", data: { key } });
    const t1 = await reached;
    if (i >= 5) latencies.push(t1 - t0); // the first few warm up connections and JIT
  }
  await runner.stop();
  app.close();
  return { name: "inngest.send → first step (local runner)", unit: "ms", ...summarize(latencies) };
}
