// The local Inngest runner: plays Inngest Cloud's part for the real SDK when no Inngest is configured. The app runs
// the SDK in cloud mode against it (INNGEST_BASE_URL=<runner url> plus a local INNGEST_SIGNING_KEY and
// INNGEST_EVENT_KEY), so /api/inngest verifies signatures exactly as in production. The runner receives events at
// POST /e/<event key>, learns the functions by a signed sync with the app's serve() endpoint (or the SDK's
// registration, authenticated by the hashed signing key) and drives runs through it with signed calls.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CronScheduler } from "./cron";
import { Registry } from "./registry";
import { Runner } from "./runner";
import { assertSigningKey, hashedSigningKey, keyFingerprint, safeEqual } from "./signing";
import { RunStore } from "./store";
import type { FunctionConfig } from "./types";

const RUNNER_SIGNATURE = "travellr-local-inngest";

export interface RunnerHandle {
  url: string;
  runner: Runner;
  registry: Registry;
  stop(options?: { abandon?: boolean }): Promise<void>;
}

export interface StartRunnerOptions {
  port: number;
  host?: string;
  /** the app's serve() endpoint, e.g. http://localhost:3000/api/inngest */
  appUrl: string;
  databaseUrl: string;
  /** signkey-<env>-<hex>: signs every call to the app, which must have the same INNGEST_SIGNING_KEY */
  signingKey: string;
  /** the key in the event API's path (/e/<key>), the app's INNGEST_EVENT_KEY */
  eventKey: string;
  backoffMs?: number;
  log?: (m: string) => void;
}

async function readBody(req: IncomingMessage, limit = 5 * 1024 * 1024): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("payload too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function startRunner(options: StartRunnerOptions): Promise<RunnerHandle> {
  const log = options.log ?? (() => {});
  assertSigningKey(options.signingKey);
  if (!options.eventKey) throw new Error("the local Inngest runner needs an event key");
  const bearer = `Bearer ${hashedSigningKey(options.signingKey)}`;
  // creates the runner's own schema on first start (see schema.ts)
  const store = await RunStore.open(options.databaseUrl);
  const registry = new Registry(options.appUrl, options.signingKey, log);
  const runner = new Runner({
    store,
    registry,
    log,
    backoffMs: options.backoffMs ?? 1000,
    signingKey: options.signingKey,
  });
  const cron = new CronScheduler(registry, runner, log);
  let stopped = false;

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    try {
      const path = new URL(req.url ?? "/", "http://runner").pathname;
      if (req.method === "GET" && path === "/health") {
        return send(200, {
          ok: true,
          runner: RUNNER_SIGNATURE,
          appUrl: options.appUrl,
          functions: registry.size,
          key: keyFingerprint(options.signingKey),
        });
      }
      if (req.method === "POST" && path.startsWith("/e/")) {
        // same answer as Inngest's event API for an unknown key, which the SDK reports as "Event key not found"
        if (!safeEqual(decodeURIComponent(path.slice(3)), options.eventKey))
          return send(401, { status: 401, error: "Event key not found" });
        const parsed: unknown = JSON.parse(await readBody(req));
        const list = (Array.isArray(parsed) ? parsed : [parsed]) as { name?: unknown }[];
        if (!list.every((e) => e && typeof e.name === "string" && e.name.length > 0))
          return send(400, { status: 400, error: "every event needs a name" });
        const ids = await runner.ingest(list as { name: string }[]);
        return send(200, { ids, status: 200 });
      }
      if (req.method === "POST" && path === "/fn/register") {
        if (!safeEqual(req.headers.authorization ?? "", bearer))
          return send(401, { status: 401, error: "invalid signing key" });
        const body = JSON.parse(await readBody(req)) as { functions?: FunctionConfig[] };
        registry.register(body.functions ?? []);
        log(`registered ${registry.size} function(s)`);
        return send(200, { status: 200, modified: true });
      }
      send(404, { status: 404, error: `no route ${req.method} ${path}` });
    } catch (error) {
      send(400, { status: 400, error: String(error) });
    }
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host ?? "127.0.0.1", resolve);
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  await runner.start();
  // the app may still be starting: keep trying to sync in the background until it answers
  void (async () => {
    for (let i = 0; i < 600 && registry.size === 0 && !stopped; i++) {
      if (await registry.sync()) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();

  return {
    url: `http://127.0.0.1:${port}`,
    runner,
    registry,
    async stop({ abandon = false } = {}) {
      stopped = true;
      cron.stop();
      await runner.stop({ abandon });
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await store.close();
    },
  };
}

/**
 * Whether a runner already listens on the port (a second `npm run dev` reuses it): "ours" when it signs with this
 * signing key, "foreign" when it is a runner with another key (another checkout, or one from before signing).
 */
export async function runnerListening(port: number, signingKey: string): Promise<"absent" | "ours" | "foreign"> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
    const health = (await res.json()) as { runner?: string; key?: string };
    if (!res.ok || health.runner !== RUNNER_SIGNATURE) return "absent";
    return health.key === keyFingerprint(signingKey) ? "ours" : "foreign";
  } catch {
    return "absent";
  }
}
