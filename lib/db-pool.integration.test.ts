// The pg pool outlives a connection the database drops while it sits idle (a restart, a failover, an
// administrator's pg_terminate_backend): without an 'error' listener on the pool, Node ends the process.
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { waitFor } from "../tests/support/wait-for";
import { pgPool } from "./db-pool";

const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
afterAll(() => admin.end());

test("a dropped idle connection is discarded and the next query opens a new one", async () => {
  const pool = pgPool();
  const { rows } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const pid = rows[0].pid;
  expect(pool.idleCount).toBeGreaterThan(0);

  await admin.connect();
  await admin.query("SELECT pg_terminate_backend($1)", [pid]);
  // the pool learns of it from the server's message on the idle socket and removes that client
  await waitFor(() => pool.totalCount === 0, { message: "the dropped connection leaves the pool" });

  const again = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  expect(again.rows[0].pid).not.toBe(pid);
});
