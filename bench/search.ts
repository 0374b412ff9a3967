// Search throughput and latency of GET /api/v1/trips on 100,000 trips / 500,000 departures, Travellr (production
// build) against a bare node:http + pg server running the same SQL; then booking creation throughput
// (seat hold + PaymentIntent against the local Stripe stand-in) through POST /api/v1/bookings.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { RUNS_TABLE } from "../local/inngest-runner/schema";
import { benchAdminBookings } from "./admin";
import { holdTransactionLimit, releaseLimitHolds } from "./booking-limit";
import { postgresCpuMs, treeCpuMs } from "./proc-cpu";
import { CITIES, seedLargeCatalogue } from "./large-catalogue";
import { runLoad, runLoadInProcess } from "./load";
import { summarize } from "./stats";

const APP_PORT = 3200;
const BARE_PORT = 3201;
const CONCURRENCY = 16;
// a traveller may create 30 bookings an hour (lib/rate-limit/limits.ts): enough travellers that a 10-second run at
// well over 100 bookings/s never meets that limit (a refused request would flatter the throughput)
const TRAVELLERS = 48;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 15) * 1000;
const ACTIVITIES = ["kayak", "food tour", "trek", "wine tasting", "safari", "boat cruise", "photo walk", "hot springs"];

function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv, quiet = true): ChildProcess {
  return spawn(cmd, args, { env, stdio: quiet ? "ignore" : "inherit" });
}

async function waitFor(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

function searchPaths() {
  const from = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return CITIES.flatMap(([city], i) => {
    const q = encodeURIComponent(`${ACTIVITIES[i % ACTIVITIES.length]} ${city}`);
    return [
      `/api/v1/trips?q=${q}&minPrice=10000&maxPrice=150000&seats=2&from=${from}&limit=20`,
      `/api/v1/trips?q=${q}&sort=price_asc&limit=20`,
    ];
  });
}

export async function benchSearch(databaseUrl: string, env: Record<string, string>, bookingsOnly = false) {
  const seeded = await seedLargeCatalogue(databaseUrl);
  await clearBacklog(databaseUrl);
  console.log(
    `catalogue: ${seeded.trips} trips, ${seeded.departures} departures${seeded.seeded ? " (seeded now)" : ""}`,
  );
  const appEnv = {
    ...process.env,
    ...env,
    NODE_ENV: "production" as const,
    NEXT_DIST_DIR: ".next-bench",
    LOG_LEVEL: "warn",
    // the booking benchmark signs up its travellers from one address (see TRAVELLERS)
    RATE_LIMIT_REGISTER_PER_HOUR: "1000",
    PORT: String(APP_PORT),
    APP_URL: `http://localhost:${APP_PORT}`,
  };
  if (process.env.BENCH_REUSE_BUILD === "1" && existsSync(".next-bench/BUILD_ID")) {
    console.log("reusing the build in .next-bench (BENCH_REUSE_BUILD=1)");
  } else {
    console.log("building the app (next build)…");
    const buildStarted = Date.now();
    const code = await new Promise<number>((r) =>
      sh("node_modules/.bin/next", ["build"], appEnv).on("exit", (c) => r(c ?? 1)),
    );
    if (code !== 0) throw new Error("next build failed");
    console.log(`next build took ${Math.round((Date.now() - buildStarted) / 1000)} s`);
  }

  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools)
  const profile = process.env.BENCH_CPU_PROF;
  const start = ["start", "-p", String(APP_PORT)];
  const app = profile
    ? sh(
        process.execPath,
        ["--cpu-prof", `--cpu-prof-dir=${profile}`, "node_modules/next/dist/bin/next", ...start],
        appEnv,
      )
    : sh("node_modules/.bin/next", start, appEnv);
  const bare = sh("node_modules/.bin/tsx", ["bench/bare-search-server.ts"], {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(BARE_PORT),
  });
  try {
    await Promise.all([
      waitFor(`http://127.0.0.1:${APP_PORT}/api/health`),
      waitFor(`http://127.0.0.1:${BARE_PORT}/api/v1/trips?limit=1`),
    ]);
    if (bookingsOnly) return await benchBookings(databaseUrl, app.pid);
    const paths = searchPaths();
    const load = (port: number, durationMs: number) =>
      runLoad({
        base: `http://127.0.0.1:${port}`,
        concurrency: CONCURRENCY,
        durationMs,
        next: (i) => ({ path: paths[i % paths.length] }),
      });
    await load(APP_PORT, 3000);
    await load(BARE_PORT, 3000);
    // alternate the two servers in rounds, so drift in the machine's load affects both alike
    const rounds = 3;
    const parts: { travellr: LoadResult[]; bare: LoadResult[] } = { travellr: [], bare: [] };
    for (let r = 0; r < rounds; r++) {
      parts.travellr.push(await load(APP_PORT, DURATION_MS / rounds));
      parts.bare.push(await load(BARE_PORT, DURATION_MS / rounds));
    }
    const travellr = mergeRounds(parts.travellr);
    const baseline = mergeRounds(parts.bare);
    const bookings = await benchBookings(databaseUrl, app.pid);
    const adminList = await benchAdminBookings(
      databaseUrl,
      `http://127.0.0.1:${APP_PORT}`,
      Math.min(DURATION_MS, 10_000),
    );
    return [
      { name: "search: Travellr GET /api/v1/trips", ...travellr },
      { name: "search: bare node:http + pg, same SQL", ...baseline },
      ...bookings,
      adminList,
      {
        name: "search throughput ratio Travellr / bare",
        throughput: Math.round((travellr.throughput / baseline.throughput) * 1000) / 10,
        unit: "%",
      },
    ];
  } finally {
    app.kill("SIGTERM");
    bare.kill("SIGTERM");
  }
}

/**
 * Earlier runs' booking benchmark leaves 15-minute holds whose expiry functions would otherwise run in the middle of
 * this run's search measurement; they are settled up front so both servers are measured on a quiet machine.
 */
async function clearBacklog(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE bookings SET status = 'expired', "expiredAt" = now() WHERE status = 'pending'`);
    await client.query(`UPDATE departures SET "seatsTaken" = 0 WHERE id LIKE 'bench-big-%'`);
    // the runner creates its schema when it first starts; before that there is no backlog to clear
    const { rows } = await client.query<{ present: boolean }>("SELECT to_regclass($1) IS NOT NULL AS present", [
      RUNS_TABLE,
    ]);
    if (rows[0].present)
      await client.query(`DELETE FROM ${RUNS_TABLE} WHERE status IN ('queued', 'sleeping', 'waiting', 'running')`);
  } finally {
    await client.end();
  }
}

type LoadResult = Awaited<ReturnType<typeof runLoad>>;
const withoutSamples = ({ latencies: _l, seconds: _s, cpuMs: _c, ...rest }: LoadResult & { cpuMs?: number }) => rest;

/** All rounds of one server as one run: requests over total time, percentiles over every sample. */
function mergeRounds(rounds: LoadResult[]) {
  const latencies = rounds.flatMap((r) => r.latencies);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  return {
    requests: latencies.length,
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    throughput: Math.round((latencies.length / seconds) * 10) / 10,
    ...summarize(latencies),
  };
}

/**
 * Booking creation at 16 connections against the database's limit for the same hold transaction (bench/booking-limit),
 * measured in the same run. The app's figure includes the follow-up work: after the load, the clock runs on until
 * the outbox is sent and every Inngest run the bookings started has done its work (the hold-expiry runs asleep).
 */
async function benchBookings(databaseUrl: string, appPid: number | undefined) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // one departure per worker: the figure is the booking path's throughput, not one row lock's
  for (let i = 0; i < CONCURRENCY; i++) {
    await client.query(
      `INSERT INTO departures (id, "tripId", "startsAt", "timeZone", capacity, "updatedAt") VALUES ($1, $2, now() + interval '90 days', 'UTC', 1000000, now()) ON CONFLICT (id) DO NOTHING`,
      [`bench-big-${i}`, `bt${i + 1}`],
    );
  }
  const base = `http://127.0.0.1:${APP_PORT}`;
  const registered = await Promise.all(
    Array.from({ length: TRAVELLERS }, async (_, i) => {
      const res = await fetch(`${base}/api/v1/auth/register`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          email: `bench-${Date.now()}-${i}@bench.travellr.dev`,
          password: "bench-password",
          name: "Bench Traveller",
        }),
      });
      return (await res.json()) as { token: string; user: { id: string } };
    }),
  );
  const tokens = registered.map((r) => r.token);
  const durationMs = Math.min(DURATION_MS, 10_000);

  const limit = await holdTransactionLimit(databaseUrl, {
    concurrency: CONCURRENCY,
    durationMs,
    userId: registered[0].user.id,
  });
  await releaseLimitHolds(databaseUrl);

  // the same requests for both runs: worker i books departure i % 16 with traveller i % 48's token
  const bookingRequests = Array.from({ length: TRAVELLERS }, (_, i) => ({
    path: "/api/v1/bookings",
    method: "POST",
    body: JSON.stringify({ departureId: `bench-big-${i % CONCURRENCY}`, seats: 1 }),
    headers: { "content-type": "application/json", authorization: `Bearer ${tokens[i % tokens.length]}` },
  }));
  // the client runs in a process of its own (runLoadInProcess): this process hosts the Stripe stand-in and the
  // Inngest runner, which every booking calls

  // one booking at a time first: the latency of the path itself, without queueing behind 15 others
  const single = await runLoadInProcess({
    base,
    concurrency: 1,
    durationMs: 3000,
    maxRequests: 20,
    requests: [...bookingRequests.slice(7), ...bookingRequests.slice(0, 7)],
  });

  const since = new Date();
  const cpu0 = { next: appPid ? treeCpuMs(appPid) : 0, bench: process.cpuUsage(), pg: postgresCpuMs() };
  const load = await runLoadInProcess({ base, concurrency: CONCURRENCY, durationMs, requests: bookingRequests });
  const drainStarted = performance.now();
  const busy = async () => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM event_outbox WHERE "sentAt" IS NULL AND "createdAt" >= $1) + (SELECT count(*) FROM ${RUNS_TABLE} WHERE "createdAt" >= $1 AND status IN ('queued', 'running')) AS n`,
      [since],
    );
    return Number(rows[0].n);
  };
  for (let i = 0; i < 600 && (await busy()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  await client.end();
  const created = load.requests - load.errors;
  const bench = process.cpuUsage(cpu0.bench);
  const benchCpuMs = (bench.user + bench.system) / 1000 + load.cpuMs;
  const pgNow = postgresCpuMs();
  // CPU per booking, follow-up included; "bench process" holds the Stripe stand-in and the runner, plus the load
  // generator's own process
  const cpuPerBooking = {
    next: appPid ? Math.round((treeCpuMs(appPid) - cpu0.next) / created) : null,
    benchProcess: Math.round(benchCpuMs / created),
    postgres: pgNow !== null && cpu0.pg !== null ? Math.round((pgNow - cpu0.pg) / created) : null,
  };
  console.log("CPU ms per booking (follow-up included):", cpuPerBooking);
  const withFollowUp = Math.round((created / (load.seconds + drainSeconds)) * 10) / 10;
  return [
    {
      name: "booking hold transaction straight through pg (the limit)",
      throughput: limit.throughput,
      median: limit.median,
      p90: limit.p90,
      p99: limit.p99,
    },
    { name: "booking creation, one at a time", ...withoutSamples(single) },
    { name: "booking creation: POST /api/v1/bookings", ...withoutSamples(load) },
    {
      name: "booking creation incl. follow-up (outbox + Inngest runs drained)",
      throughput: withFollowUp,
      median: load.median,
      p99: load.p99,
      drainSeconds: Math.round(drainSeconds * 10) / 10,
      ofLimit: `${Math.round((withFollowUp / limit.throughput) * 1000) / 10} %`,
      target: "≥ 5 % of the limit, p99 ≤ 300",
    },
  ];
}
