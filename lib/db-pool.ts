import "server-only";
import { createHash } from "node:crypto";
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

// Every statement here is a named prepared statement: PostgreSQL parses and plans it once per connection instead of on
// every call (the hold's CTE: 1.5 → 0.9 ms of the database's CPU; a primary-key read 0.25 → 0.13 ms), and the
// statement's text is not sent again. The name is the text's hash, so one text has one name. After a migration that
// changes what a `*` in a statement expands to, PostgreSQL refuses the old plan ("cached plan must not change result
// type"): the next name generation is then used everywhere, and a statement outside a transaction is run again.
const names = new Map<string, string>();
let generation = 0;

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = createHash("sha1").update(text).digest("base64url").slice(0, 20)));
  return `${name}.${generation}`;
}

const isStalePlan = (error: unknown) =>
  error instanceof pg.DatabaseError && error.code === "0A000" && /cached plan must not change/.test(error.message);

async function run<T extends pg.QueryResultRow>(on: Queryable, statement: Prisma.Sql): Promise<pg.QueryResult<T>> {
  if (env().DATABASE_PREPARED_STATEMENTS === "false") return on.query<T>(statement.text, statement.values);
  const attempt = () =>
    on.query<T>({ name: statementName(statement.text), text: statement.text, values: statement.values });
  try {
    return await attempt();
  } catch (error) {
    if (!isStalePlan(error)) throw error;
    generation++;
    // inside a transaction the error has aborted it: the caller's transaction fails as a whole and is retried by
    // whoever retries it (a webhook, a function); a single statement has done nothing and runs again at once
    if (!(on instanceof pg.Pool)) throw error;
    return attempt();
  }
}

/**
 * Runs a statement written as Prisma's `sql` template (`${value}` becomes a parameter; `Prisma.sql` fragments nest)
 * and returns its rows. pg's types: int4 → number, int8 and numeric → string, timestamptz → Date, jsonb → parsed.
 */
export async function pgRows<T extends pg.QueryResultRow>(
  statement: Prisma.Sql,
  on: Queryable = pgPool(),
): Promise<T[]> {
  return (await run<T>(on, statement)).rows;
}

/** Runs a statement and returns how many rows it changed. */
export async function pgExecute(statement: Prisma.Sql, on: Queryable = pgPool()): Promise<number> {
  return (await run(on, statement)).rowCount ?? 0;
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
