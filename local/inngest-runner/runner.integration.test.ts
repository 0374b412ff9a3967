// The local Inngest runner driving functions through the real SDK serve() handler over HTTP, with the SDK in cloud mode:
// every call is signed, so these tests also prove the runner's signatures are the ones the SDK accepts.
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, NonRetriableError } from "inngest";
import { serve } from "inngest/node";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EVENTS_TABLE, RUNS_TABLE } from "./schema";
import { type RunnerHandle, startRunner } from "./server";
import { hashedSigningKey, newEventKey, newSigningKey, sign } from "./signing";
import type { RunRow } from "./store";

const DATABASE_URL = process.env.DATABASE_URL!;
const db = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
let app: Server;
let appUrl = "";
let handler: RequestListener = (_req, res) => res.end();
let runner: RunnerHandle;
let client: Inngest;
// the app's keys, shared with the runner as local/services.ts shares them through .data/
const [signingKey, eventKey] = [newSigningKey(), newEventKey()];
const silent = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const tag = `t${Date.now().toString(36)}`;
const counters: Record<string, number> = {};
const bump = (k: string) => (counters[k] = (counters[k] ?? 0) + 1);
let releaseLatch: () => void = () => {};
let latch = new Promise<void>((r) => (releaseLatch = r));
let failureSeen: { functionId?: string; message?: string } = {};

function buildFunctions(inngest: Inngest) {
  return [
    inngest.createFunction(
      { id: "two-steps", retries: 0, triggers: [{ event: `${tag}/simple` }] },
      async ({ event, step }) => {
        const a = await step.run("a", () => bump(`a:${event.data.key}`));
        const b = await step.run("b", () => bump(`b:${event.data.key}`));
        return { a, b };
      },
    ),
    inngest.createFunction({ id: "flaky", retries: 4, triggers: [{ event: `${tag}/flaky` }] }, async ({ step }) => {
      return step.run("sometimes", () => {
        if (bump("flaky") < 3) throw new Error(`flaky attempt ${counters.flaky}`);
        return "ok";
      });
    }),
    inngest.createFunction(
      {
        id: "doomed",
        retries: 1,
        triggers: [{ event: `${tag}/doomed` }],
        onFailure: async ({ error, event }) => {
          failureSeen = { functionId: event.data.function_id, message: error.message };
        },
      },
      async ({ step }) => {
        await step.run("always-fails", () => {
          bump("doomed");
          throw new Error("the card network is down");
        });
      },
    ),
    inngest.createFunction({ id: "no-retry", retries: 5, triggers: [{ event: `${tag}/fatal` }] }, async ({ step }) => {
      await step.run("fatal", () => {
        bump("fatal");
        throw new NonRetriableError("bad input, retrying cannot help");
      });
    }),
    inngest.createFunction({ id: "sleeper", retries: 0, triggers: [{ event: `${tag}/sleep` }] }, async ({ step }) => {
      const before = await step.run("before", () => Date.now());
      await step.sleep("nap", "2s");
      const after = await step.run("after", () => Date.now());
      return { slept: after - before };
    }),
    inngest.createFunction({ id: "crashy", retries: 2, triggers: [{ event: `${tag}/crash` }] }, async ({ step }) => {
      await step.run("one", () => bump("crash-one"));
      await step.run("two", async () => {
        bump("crash-two");
        await latch;
        return "two done";
      });
      return step.run("three", () => bump("crash-three"));
    }),
    inngest.createFunction({ id: "waiter", retries: 0, triggers: [{ event: `${tag}/wait` }] }, async ({ step }) => {
      await step.sendEvent("ask", { name: `${tag}/ask`, data: {} });
      return (await step.waitForEvent("reply", { event: `${tag}/reply`, timeout: "30s" }))?.data ?? null;
    }),
    inngest.createFunction(
      { id: "scheduled", retries: 0, triggers: [{ event: `${tag}/later` }] },
      async ({ event }) => {
        bump("scheduled");
        return { startedAt: Date.now(), ts: event.ts };
      },
    ),
    inngest.createFunction(
      {
        id: "batched",
        retries: 0,
        triggers: [{ event: `${tag}/batch` }],
        batchEvents: { maxSize: 3, timeout: "1s", key: "event.data.group" },
      },
      async ({ events }) =>
        events.map((e) => {
          bump(`batch:${e.data.n}`);
          return e.data.n as number;
        }),
    ),
    inngest.createFunction({ id: "ticker", retries: 0, triggers: [{ cron: "* * * * * *" }] }, async ({ step }) =>
      step.run("tick", () => bump("tick")),
    ),
  ];
}

async function startTestRunner() {
  return startRunner({
    port: 0,
    appUrl,
    databaseUrl: DATABASE_URL,
    signingKey,
    eventKey,
    backoffMs: 50,
    log: process.env.RUNNER_DEBUG ? (m) => console.log(new Date().toISOString(), m) : undefined,
  });
}

function mount(runnerUrl: string) {
  // the functions under test fail on purpose; their error logs would only be noise here
  client = new Inngest({
    id: tag,
    isDev: false,
    baseUrl: runnerUrl,
    signingKey,
    eventKey,
    logger: silent,
    internalLogger: silent,
  });
  handler = serve({ client, functions: buildFunctions(client), enableUnauthedSync: false }) as RequestListener;
}

async function until<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const runsOf = async (fn: string) =>
  (
    await db.query<RunRow>(`SELECT * FROM ${RUNS_TABLE} WHERE "functionId" = $1 ORDER BY "createdAt", id`, [
      `${tag}-${fn}`,
    ])
  ).rows;
const finished = (fn: string, n = 1) =>
  until(async () => {
    const runs = await runsOf(fn);
    return runs.length >= n && runs.every((r) => r.status === "completed" || r.status === "failed") ? runs : undefined;
  });

beforeAll(async () => {
  app = createServer((req, res) => handler(req, res));
  await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`;
  runner = await startTestRunner();
  mount(runner.url);
  await until(() => runner.registry.sync());
});

afterAll(async () => {
  await runner?.stop();
  app?.close();
  await db.end();
});

describe("local Inngest runner", () => {
  test("sync finds every function, including the onFailure handler", () => {
    const ids = runner.registry.all().map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([`${tag}-two-steps`, `${tag}-doomed`, `${tag}-doomed-failure`, `${tag}-ticker`]),
    );
  });

  test("an event produces exactly one run that executes each step once", async () => {
    await client.send({ name: `${tag}/simple`, data: { key: "one" } });
    const [run] = await finished("two-steps");
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ a: 1, b: 1 });
    expect(counters["a:one"]).toBe(1);
    expect(counters["b:one"]).toBe(1);
    expect(run.history.map((h) => [h.name, h.status])).toEqual([
      ["a", "completed"],
      ["b", "completed"],
    ]);
  });

  test("the same event id sent twice (even concurrently) runs once", async () => {
    const event = { name: `${tag}/simple`, data: { key: "dup" }, id: `dedupe-${tag}` };
    const [r1, r2] = await Promise.all([client.send(event), client.send(event)]);
    await client.send(event);
    expect(r1.ids[0]).toBe(r2.ids[0]);
    // twice in one send, which the runner stores in one statement
    const twin = { name: `${tag}/simple`, data: { key: "twin" }, id: `dedupe-twin-${tag}` };
    const r3 = await client.send([twin, twin]);
    expect(r3.ids).toHaveLength(2);
    expect(r3.ids[1]).toBe(r3.ids[0]);
    await finished("two-steps", 3);
    await new Promise((r) => setTimeout(r, 300));
    for (const key of ["dup", "twin"]) {
      const runs = (await runsOf("two-steps")).filter((r) => r.event.data.key === key);
      expect(runs).toHaveLength(1);
      expect(counters[`a:${key}`]).toBe(1);
    }
  });

  test("re-syncs while runs are being claimed and driven never run a step twice", async () => {
    // every sync re-queues runs left "running" by a dead runner; the runs this runner has just claimed or is driving
    // must never be among them, or their step runs again
    const keys = Array.from({ length: 12 }, (_, i) => `resync-${i}`);
    let syncing = true;
    const resyncs = (async () => {
      while (syncing) {
        await runner.registry.sync();
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    for (const key of keys) await client.send({ name: `${tag}/simple`, data: { key } });
    await until(async () => {
      const runs = (await runsOf("two-steps")).filter((r) => keys.includes(r.event.data.key as string));
      return runs.length === keys.length && runs.every((r) => r.status === "completed");
    });
    syncing = false;
    await resyncs;
    for (const key of keys) expect([counters[`a:${key}`], counters[`b:${key}`]]).toEqual([1, 1]);
  });

  test("a flaky step is retried with backoff and then succeeds", async () => {
    await client.send({ name: `${tag}/flaky`, data: {} });
    const [run] = await finished("flaky");
    expect(run.status).toBe("completed");
    expect(run.output).toBe("ok");
    expect(counters.flaky).toBe(3);
    expect(run.history[0].attempts).toBe(3);
  });

  test("a step that keeps failing ends the run as failed and runs onFailure", async () => {
    await client.send({ name: `${tag}/doomed`, data: {} });
    const [run] = await finished("doomed");
    expect(run.status).toBe("failed");
    expect(JSON.stringify(run.error)).toContain("the card network is down");
    expect(counters.doomed).toBe(2); // retries: 1 → two attempts
    const [failure] = await finished("doomed-failure");
    expect(failure.status).toBe("completed");
    expect(failureSeen).toEqual({ functionId: `${tag}-doomed`, message: "the card network is down" });
  });

  test("a NonRetriableError fails at once", async () => {
    await client.send({ name: `${tag}/fatal`, data: {} });
    const [run] = await finished("no-retry");
    expect(run.status).toBe("failed");
    expect(counters.fatal).toBe(1);
  });

  test("step.sleep parks the run and resumes it after the duration", async () => {
    await client.send({ name: `${tag}/sleep`, data: {} });
    await until(async () => (await runsOf("sleeper"))[0]?.status === "sleeping");
    const [run] = await finished("sleeper");
    expect(run.status).toBe("completed");
    expect((run.output as { slept: number }).slept).toBeGreaterThanOrEqual(1900);
  });

  test("an event dated in the future starts its run at that time, with no call before", async () => {
    const ts = Date.now() + 1500;
    await client.send({ name: `${tag}/later`, data: {}, ts });
    const [parked] = await until(async () => {
      const runs = await runsOf("scheduled");
      return runs.length === 1 ? runs : undefined;
    });
    expect(parked.status).toBe("sleeping");
    expect(new Date(parked.nextRunAt).getTime()).toBe(ts);
    expect(counters.scheduled).toBeUndefined();
    const [run] = await finished("scheduled");
    expect(run.status).toBe("completed");
    expect(counters.scheduled).toBe(1);
    const output = run.output as { startedAt: number; ts: number };
    expect(output.ts).toBe(ts);
    expect(output.startedAt).toBeGreaterThanOrEqual(ts);
  });

  test("batchEvents: one run per batch of maxSize events per key, a partial batch after its timeout", async () => {
    const event = (group: string, n: number) => ({ name: `${tag}/batch`, data: { group, n } });
    await client.send([event("a", 1), event("a", 2), event("a", 3), event("a", 4), event("b", 5)]);
    const runs = await finished("batched", 3);
    expect(runs.map((r) => r.output)).toEqual(expect.arrayContaining([[1, 2, 3], [4], [5]]));
    expect(runs).toHaveLength(3);
    for (const n of [1, 2, 3, 4, 5]) expect(counters[`batch:${n}`]).toBe(1);
    const startsAfter = (r: RunRow) => new Date(r.nextRunAt).getTime() - new Date(r.createdAt).getTime();
    const full = runs.find((r) => r.events?.length === 3)!;
    // the full batch was due the moment its third event arrived; the others waited for their 1 s timeout
    expect(startsAfter(full)).toBeLessThan(1000);
    for (const partial of runs.filter((r) => r !== full)) expect(startsAfter(partial)).toBe(1000);
    expect(runs.every((r) => !r.batchOpen)).toBe(true);
  });

  test("a cron function fires on schedule", async () => {
    const runs = await until(async () => {
      const r = await runsOf("ticker");
      return r.filter((x) => x.status === "completed").length >= 2 ? r : undefined;
    }, 10_000);
    expect(runs[0].event.name).toBe("inngest/scheduled.timer");
    // one run per scheduled second, never two for the same second
    const seconds = runs.map((r) => r.event.ts);
    expect(new Set(seconds).size).toBe(seconds.length);
  });

  test("step.sendEvent goes out with the event key, and step.waitForEvent resumes on the awaited event", async () => {
    await client.send({ name: `${tag}/wait`, data: {} });
    await until(async () => (await runsOf("waiter"))[0]?.status === "waiting");
    expect((await db.query(`SELECT id FROM ${EVENTS_TABLE} WHERE name = $1`, [`${tag}/ask`])).rowCount).toBe(1);
    await client.send({ name: `${tag}/reply`, data: { answer: 42 } });
    expect((await finished("waiter"))[0].output).toEqual({ answer: 42 });
  });

  test("the awaited event resumes the run even while other events are checked against it", async () => {
    // every event received looks at every waiting run; one that is not awaited must not make the awaited one miss it
    await client.send({ name: `${tag}/wait`, data: {} });
    await until(async () => (await runsOf("waiter")).filter((r) => r.status === "waiting").length === 1);
    const noise = Array.from({ length: 30 }, (_, i) => ({ name: `${tag}/noise`, data: { i } }));
    await Promise.all([
      ...noise.map((e) => client.send(e)),
      client.send({ name: `${tag}/reply`, data: { answer: 7 } }),
      ...noise.map((e) => client.send(e)),
    ]);
    const runs = await until(async () => {
      const all = await runsOf("waiter");
      return all.length === 2 && all.every((r) => r.status === "completed") ? all : undefined;
    }, 10_000);
    expect(runs[1].output).toEqual({ answer: 7 });
  });

  test("events need the event key: a wrong one is refused and starts nothing", async () => {
    const forged = JSON.stringify([{ name: `${tag}/simple`, data: { key: "forged" } }]);
    expect((await fetch(`${runner.url}/e/not-the-key`, { method: "POST", body: forged })).status).toBe(401);
    const wrong = new Inngest({
      id: tag,
      isDev: false,
      baseUrl: runner.url,
      signingKey,
      eventKey: "wrong",
      logger: silent,
      internalLogger: silent,
    });
    await expect(wrong.send({ name: `${tag}/simple`, data: { key: "forged" } })).rejects.toThrow(
      /event key not found/i,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await runsOf("two-steps")).filter((r) => r.event.data.key === "forged")).toEqual([]);
  });

  test("registration needs the hashed signing key; only a signed sync makes the app register", async () => {
    const functionCount = runner.registry.size;
    for (const authorization of ["", `Bearer ${hashedSigningKey(newSigningKey())}`, `Bearer ${signingKey}`]) {
      const res = await fetch(`${runner.url}/fn/register`, {
        method: "POST",
        headers: { authorization },
        body: JSON.stringify({ functions: [] }),
      });
      expect(res.status, authorization).toBe(401);
    }
    expect(runner.registry.size).toBe(functionCount);
    expect((await fetch(appUrl, { method: "PUT" })).status).toBe(401);
    // signed, out of band: the SDK registers itself with the runner, authenticated by its hashed signing key
    const res = await fetch(appUrl, { method: "PUT", headers: { "x-inngest-signature": sign("", signingKey) } });
    expect([res.status, await res.json()]).toEqual([200, expect.objectContaining({ modified: true })]);
    expect(runner.registry.size).toBe(functionCount);
  });

  test("a runner crash mid-step resumes on restart without repeating completed steps", async () => {
    await client.send({ name: `${tag}/crash`, data: {} });
    await until(async () => counters["crash-two"] === 1);
    await runner.stop({ abandon: true });
    releaseLatch();
    expect((await runsOf("crashy"))[0].status).toBe("running");

    latch = Promise.resolve();
    runner = await startTestRunner();
    mount(runner.url);
    const [run] = await finished("crashy");
    expect(run.status).toBe("completed");
    expect(counters["crash-one"]).toBe(1);
    // step two was in flight when the runner died, so it runs again; step three runs once
    expect(counters["crash-two"]).toBe(2);
    expect(counters["crash-three"]).toBe(1);
  });
});
