import "server-only";
import { cacheStore } from "../cache/store";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { pingStripe } from "../payments/ping-stripe";

type Dependency = "database" | "stripe" | "inngest" | "cache";
export interface Readiness {
  status: "ok" | "unavailable";
  checks: Record<Dependency, "ok" | "down">;
  down: Dependency[];
}

const TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS),
    ),
  ]);
}

/** Where the Inngest events go: a self-hosted server or the local runner, else Inngest Cloud's event API. */
const inngestHealthUrl = () => env().INNGEST_BASE_URL ?? "https://inn.gs";

const CHECKS: Record<Dependency, () => Promise<unknown>> = {
  database: () => db.$queryRaw`SELECT 1`,
  stripe: pingStripe,
  // any HTTP answer below 500 means the server is up; the SDK signs the real calls
  inngest: async () => {
    const res = await fetch(inngestHealthUrl(), { method: "GET", signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (res.status >= 500) throw new Error(`Inngest answered ${res.status}`);
  },
  cache: () => cacheStore().get("health:ping"),
};

/** Readiness: every dependency answers. Named, so an operator sees at once what is down. */
export async function checkReadiness(): Promise<Readiness> {
  const names = Object.keys(CHECKS) as Dependency[];
  const results = await Promise.allSettled(names.map((name) => withTimeout(CHECKS[name](), name)));
  const checks = {} as Readiness["checks"];
  const down: Dependency[] = [];
  results.forEach((result, i) => {
    checks[names[i]] = result.status === "fulfilled" ? "ok" : "down";
    if (result.status === "rejected") {
      down.push(names[i]);
      logger.error({ err: result.reason, dependency: names[i] }, "readiness check failed");
    }
  });
  return { status: down.length === 0 ? "ok" : "unavailable", checks, down };
}
