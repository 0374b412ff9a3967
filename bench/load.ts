// A small closed-loop HTTP load generator: `concurrency` workers, each sending its next request as soon as the
// previous one answered, over keep-alive connections, for a fixed time. Bounded in count and time, loopback only.
import { spawn } from "node:child_process";
import http from "node:http";
import { summarize } from "./stats";

export interface LoadRequest {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export async function runLoad(options: {
  base: string;
  concurrency: number;
  durationMs: number;
  next: (i: number) => LoadRequest;
  maxRequests?: number;
}) {
  const { hostname, port } = new URL(options.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const deadline = Date.now() + options.durationMs;
  const max = options.maxRequests ?? 1_000_000;

  const once = (req: LoadRequest) =>
    new Promise<number>((resolve) => {
      const r = http.request(
        { hostname, port, path: req.path, method: req.method ?? "GET", headers: req.headers, agent },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      r.on("error", () => resolve(0));
      if (req.body) r.write(req.body);
      r.end();
    });

  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (Date.now() < deadline && issued < max) {
        const req = options.next(issued++);
        const t0 = performance.now();
        const status = await once(req);
        latencies.push(performance.now() - t0);
        if (status < 200 || status >= 300) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    seconds,
    throughput: Math.round((latencies.length / seconds) * 10) / 10,
    ...summarize(latencies),
    latencies,
  };
}

/**
 * `runLoad` in a process of its own, cycling through `requests`: the client then shares no event loop with what the
 * bench process also hosts (the Stripe stand-in and the Inngest runner, which the booking path calls), so a busy
 * stand-in does not delay the client's own bookkeeping, and the reverse. Returns the result and the process's CPU ms.
 */
export function runLoadInProcess(options: {
  base: string;
  concurrency: number;
  durationMs: number;
  requests: LoadRequest[];
  maxRequests?: number;
}): Promise<Awaited<ReturnType<typeof runLoad>> & { cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["bench/load-process.ts"], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").at(-1)!))
        : reject(new Error(`load process exited ${code}`)),
    );
    child.stdin.end(JSON.stringify(options));
  });
}
