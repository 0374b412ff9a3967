import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { env } from "./env";

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 }),
    // secrets never leave the database by accident; code that needs one asks for it with omit: { <field>: false }
    omit: { user: { passwordHash: true }, payment: { clientSecret: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { travellrDb?: Db };
export const db: Db = globalForDb.travellrDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.travellrDb = db;
