// Admin console: analytics over 1,000,000 bookings (uncached, the use case itself, in a child process) and the admin
// bookings list with a status filter through the production server at 16 connections.
import pg from "pg";
import { runLibWorker } from "./lib-worker";
import { runLoad } from "./load";
import { seedPayoutLedger } from "./payouts";

export async function benchAnalytics(databaseUrl: string, env: Record<string, string>) {
  await seedPayoutLedger(databaseUrl);
  return runLibWorker("bench/admin-worker.ts", env, databaseUrl);
}

/** Needs the production server on `base` (started by the search benchmark). */
export async function benchAdminBookings(databaseUrl: string, base: string, durationMs: number) {
  await seedPayoutLedger(databaseUrl);
  const email = `bench-admin-${Date.now()}@bench.travellr.dev`;
  const res = await fetch(`${base}/api/v1/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "bench-password", name: "Bench Admin" }),
  });
  const { token, user } = (await res.json()) as { token: string; user: { id: string } };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [user.id]);
  await client.end();
  const paths = [
    "/api/v1/admin/bookings?status=completed&limit=20",
    "/api/v1/admin/bookings?status=confirmed&limit=20",
    "/api/v1/admin/bookings?status=completed&page=3&limit=20",
  ];
  const result = await runLoad({
    base,
    concurrency: 16,
    durationMs,
    next: (i) => ({ path: paths[i % paths.length], headers: { authorization: `Bearer ${token}` } }),
  });
  const { latencies: _l, seconds: _s, ...rest } = result;
  return { name: "admin bookings list, status filter, 16 connections", ...rest, target: "p99 ≤ 100" };
}
