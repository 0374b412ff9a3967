import "server-only";
import pg from "pg";
import { env } from "./env";
import { logger } from "./logger";

// A plain pg pool for hot, read-only raw SQL (catalogue search): it skips the ORM's result mapping, which costs
// about a millisecond of CPU per query on the search path. Writes and everything else go through Prisma (lib/db.ts).
const globalForPool = globalThis as unknown as { travellrReadPool?: pg.Pool };

export function readPool(): pg.Pool {
  if (!globalForPool.travellrReadPool) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 10 });
    // an idle connection that the server drops (a restart, a failover) is an 'error' event on the pool; unheard, Node
    // would end the whole process. The pool already discards that connection, and the next query opens a new one.
    pool.on("error", (error: Error & { code?: string }) =>
      logger.warn({ code: error.code, reason: error.message }, "database: an idle read connection was dropped"),
    );
    globalForPool.travellrReadPool = pool;
  }
  return globalForPool.travellrReadPool;
}
