// Admin console: analytics over 1,000,000 bookings (uncached, the use case itself, in a child process) and the admin
// bookings list with a status filter through the production server at 16 connections.
import { spawn } from "node:child_process";
import pg from "pg";
import { runLoad } from "./load";
import { seedPayoutLedger } from "./payouts";

function worker(script: string, env: Record<string, string>, databaseUrl: string) {
  return new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", script], { env: { ...process.env, ...env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`${script} exited ${code}`))));
  });
}

export async function benchAnalytics(databaseUrl: string, env: Record<string, string>) {
  await seedPayoutLedger(databaseUrl);
  return worker("bench/admin-worker.ts", env, databaseUrl);
}

/** Needs the production server on `base` (started by the search benchmark). */
export async function benchAdminBookings(databaseUrl: string, base: string, durationMs: number) {
  await seedPayoutLedger(databaseUrl);
  const email = `bench-admin-${Date.now()}@bench.travellr.dev`;
  const res = await fetch(`${base}/api/v1/auth/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "bench-password", name: "Bench Admin" }) });
  const { token, user } = (await res.json()) as { token: string; user: { id: string } };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [user.id]);
  await client.end();
  const paths = ["/api/v1/admin/bookings?status=completed&limit=20", "/api/v1/admin/bookings?status=confirmed&limit=20", "/api/v1/admin/bookings?status=completed&page=3&limit=20"];
  const result = await runLoad({ base, concurrency: 16, durationMs, next: (i) => ({ path: paths[i % paths.length], headers: { authorization: `Bearer ${token}` } }) });
  const { latencies: _l, seconds: _s, ...rest } = result;
  return { name: "admin bookings list, status filter, 16 connections", ...rest, target: "p99 ≤ 100" };
}
