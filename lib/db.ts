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

// On globalThis: one client per process (Next.js bundles route handlers and pages separately, and dev reloads modules).
const globalForDb = globalThis as unknown as { travellrDb?: Db };

// Created on first use, not at import: `next build` imports this module without any runtime configuration.
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = (globalForDb.travellrDb ??= createClient());
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
