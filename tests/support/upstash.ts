// Starts the Upstash REST shim over a real redis-server for one test file; call at the top level of the file.
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll } from "vitest";
import { MemoryRateLimitStore, type RateLimitStore } from "@/lib/rate-limit/store";
import { UpstashRateLimitStore } from "@/lib/rate-limit/upstash-store";
import { startUpstashShim, type UpstashShim } from "@/local/upstash/server";

export function upstashShimForFile() {
  let shim: UpstashShim | undefined;
  beforeAll(async () => {
    shim = await startUpstashShim();
  });
  afterAll(async () => {
    await shim?.stop();
  });
  const started = () => {
    if (!shim) throw new Error("the Upstash shim starts in beforeAll: use it inside tests or hooks");
    return shim;
  };
  return {
    get url() {
      return started().url;
    },
    get token() {
      return started().token;
    },
    /** a real @upstash/redis client pointed at the shim */
    redis(options: { automaticDeserialization?: boolean } = {}) {
      return new Redis({ url: started().url, token: started().token, ...options });
    },
  };
}

/** Both rate-limit stores, for `describe.each`: the same tests run on memory and on Upstash through the shim. */
export function rateLimitStores(shim: ReturnType<typeof upstashShimForFile>): [string, () => RateLimitStore][] {
  return [
    ["memory", () => new MemoryRateLimitStore()],
    // a fresh key prefix per store, so tests never see each other's counters in the shared redis-server
    ["upstash via shim", () => new UpstashRateLimitStore(shim.redis(), `test:${randomUUID()}`)],
  ];
}

/** A URL nothing listens on: the port was free a moment ago and has been closed again. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((r) => server.close(r));
  if (!address || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}`;
}
