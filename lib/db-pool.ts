import "server-only";
import { Prisma } from "@prisma/client";
import pg from "pg";
import type { Tx } from "./db";
import { env } from "./env";
import { logger } from "./logger";

// A plain pg pool for the hottest raw SQL: catalogue search and the single statements of the booking path (the
// bearer check, the hold, the notices, the outbox). Through Prisma, even a raw statement is compiled by its query
// compiler and mapped by its client — about a millisecond of CPU each, and under booking load a quarter of the
// server's time (README → Performance). Statements that need the ORM, or a transaction shared with ORM calls, stay on
// Prisma (lib/db.ts). Both reach the same database; each statement here commits on its own unless run in `pgTx`.
const globalForPool = globalThis as unknown as { travellrPgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  if (!globalForPool.travellrPgPool) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 10 });
    // an idle connection that the server drops (a restart, a failover) is an 'error' event on the pool; unheard, Node
    // would end the whole process. The pool already discards that connection, and the next query opens a new one.
    pool.on("error", (error: Error & { code?: string }) =>
      logger.warn({ code: error.code, reason: error.message }, "database: an idle pooled connection was dropped"),
    );
    globalForPool.travellrPgPool = pool;
  }
  return globalForPool.travellrPgPool;
}

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Runs a statement written as Prisma's `sql` template (`${value}` becomes a parameter; `Prisma.sql` fragments nest)
 * and returns its rows. pg's types: int4 → number, int8 and numeric → string, timestamptz → Date, jsonb → parsed.
 */
export async function pgRows<T extends pg.QueryResultRow>(
  statement: Prisma.Sql,
  on: Queryable = pgPool(),
): Promise<T[]> {
  return (await on.query<T>(statement.text, statement.values)).rows;
}

/** Runs a statement and returns how many rows it changed. */
export async function pgExecute(statement: Prisma.Sql, on: Queryable = pgPool()): Promise<number> {
  return (await on.query(statement.text, statement.values)).rowCount ?? 0;
}

/** Runs `work` in one transaction on one pooled connection: committed when it returns, rolled back when it throws. */
export async function pgTx<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool().connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export const sql = Prisma.sql;

/**
 * Where a statement of a shared helper runs (the outbox, the ledger, the row locks): a Prisma transaction, or a pg
 * connection inside `pgTx` (the payment webhook's transaction).
 */
export type SqlClient = Tx | pg.PoolClient;

function isPg(on: SqlClient): on is pg.PoolClient {
  return !("$queryRaw" in on);
}

export async function sqlRows<T extends pg.QueryResultRow>(on: SqlClient, statement: Prisma.Sql): Promise<T[]> {
  return isPg(on) ? pgRows<T>(statement, on) : on.$queryRaw<T[]>(statement);
}

export async function sqlExecute(on: SqlClient, statement: Prisma.Sql): Promise<number> {
  return isPg(on) ? pgExecute(statement, on) : on.$executeRaw(statement);
}
