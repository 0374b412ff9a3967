import "server-only";
import pg from "pg";
import { env } from "./env";

// A plain pg pool for hot, read-only raw SQL (catalogue search): it skips the ORM's result mapping, which costs
// about a millisecond of CPU per query on the search path. Writes and everything else go through Prisma (lib/db.ts).
const globalForPool = globalThis as unknown as { travellrReadPool?: pg.Pool };

export function readPool(): pg.Pool {
  globalForPool.travellrReadPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 10 });
  return globalForPool.travellrReadPool;
}
