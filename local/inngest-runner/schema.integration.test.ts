// The runner's tables are the runner's business: it creates its own schema (also when two runners start at once), the
// product's migrations leave none behind in public, and /dev/runs (lib/dev/list-runs.ts) reads the same names.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_RUN_STATUSES, readLocalRuns } from "@/lib/dev/list-runs";
import { waitFor } from "@/tests/support/wait-for";
import { scriptClient } from "../script-db";
import { RUN_STATUSES, RUNNER_SCHEMA } from "./schema";
import { RunStore } from "./store";

// a database of its own: the shared test database has the runner's schema as soon as any test started a runner
const base = new URL(process.env.DATABASE_URL!);
const name = `${base.pathname.slice(1)}_runner_schema_${randomBytes(4).toString("hex")}`;
const url = new URL(base);
url.pathname = `/${name}`;
const admin = new pg.Client({ connectionString: base.toString() });
let prisma: ReturnType<typeof scriptClient>;

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  prisma = scriptClient(url.toString());
});

afterAll(async () => {
  await prisma?.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

const tablesOf = async (client: pg.Client, schema: string) =>
  (
    await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name",
      [schema],
    )
  ).rows.map((r) => r.table_name);

describe("the local runner's schema", () => {
  test("before any runner started, /dev/runs lists no runs instead of failing", async () => {
    expect(await readLocalRuns(prisma)).toEqual([]);
  });

  test("runners starting at once create the schema and its tables once, without an error", async () => {
    const stores = await Promise.all(Array.from({ length: 6 }, () => RunStore.open(url.toString())));
    await Promise.all(stores.map((s) => s.close()));
    // and a later start finds everything in place
    await (await RunStore.open(url.toString())).close();
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      expect(await tablesOf(client, RUNNER_SCHEMA)).toEqual(["events", "runs"]);
      expect(await tablesOf(client, "public")).toEqual([]);
    } finally {
      await client.end();
    }
  });

  test("/dev/runs shows what the runner stored, filtered by status", async () => {
    const store = await RunStore.open(url.toString());
    try {
      const event = { id: "evt-1", name: "user/registered", data: { userId: "u1" }, ts: Date.now() };
      expect(await store.insertEvent(event, "user/registered:u1")).toBe(true);
      expect(await store.insertEvent({ ...event, id: "evt-2" }, "user/registered:u1")).toBe(false);
      await store.createRun({ id: "run-1", functionId: "travellr-welcome-user", event, maxAttempts: 4 });
      const run = await store.load("run-1");
      expect(run).toMatchObject({
        status: "queued",
        attempt: 0,
        steps: {},
        stack: [],
        history: [],
        output: null,
        error: null,
      });
      const step = {
        id: "s1",
        name: "send welcome",
        op: "StepRun",
        status: "completed" as const,
        attempts: 1,
        at: new Date().toISOString(),
      };
      await store.save(
        { ...run, status: "completed", history: [step], output: { sent: true }, endedAt: new Date() },
        null,
      );

      const [listed, ...rest] = await readLocalRuns(prisma);
      expect(rest).toEqual([]);
      expect(listed).toMatchObject({
        id: "run-1",
        functionId: "travellr-welcome-user",
        eventName: "user/registered",
        status: "completed",
        steps: [step],
        output: { sent: true },
        error: null,
      });
      expect(listed.endedAt).toBeInstanceOf(Date);
      expect(await readLocalRuns(prisma, { status: "failed" })).toEqual([]);
      expect((await readLocalRuns(prisma, { status: "completed" })).map((r) => r.id)).toEqual(["run-1"]);
    } finally {
      await store.close();
    }
  });

  test("a connection the server drops while idle does not end the process; the store reconnects", async () => {
    // what happens when PostgreSQL stops before the pool's goodbye reached it (npm test's last step), or restarts
    const tagged = new URL(url);
    tagged.searchParams.set("application_name", "runner-store-drop");
    const store = await RunStore.open(tagged.toString());
    try {
      expect(await store.eventByDedupeId("none")).toBeUndefined();
      const { rows } = await admin.query<{ dropped: boolean }>(
        "SELECT pg_terminate_backend(pid) AS dropped FROM pg_stat_activity WHERE application_name = 'runner-store-drop'",
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.dropped)).toBe(true);
      await waitFor(
        async () =>
          (await admin.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'runner-store-drop'"))
            .rowCount === 0,
        { message: "the store's connections are gone" },
      );
      await new Promise((r) => setTimeout(r, 50)); // the termination notice reaches the idle sockets
      expect(await store.eventByDedupeId("none")).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  test("the /dev/runs reader knows every status the runner writes", () => {
    expect(LOCAL_RUN_STATUSES).toEqual(RUN_STATUSES);
  });

  test("the product's migrations leave no runner table in public (databases migrated before included)", async () => {
    const client = new pg.Client({ connectionString: base.toString() });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT to_regclass('public.local_inngest_runs') AS runs, to_regclass('public.local_inngest_events') AS events, to_regtype('public."LocalRunStatus"') AS status`,
      );
      expect(rows[0]).toEqual({ runs: null, events: null, status: null });
    } finally {
      await client.end();
    }
  });
});
