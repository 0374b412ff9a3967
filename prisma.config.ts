import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6.19 with the JavaScript schema engine, so the CLI downloads nothing (Prisma's binaries are unreachable
// offline). Two defects of @prisma/adapter-pg 6.19 are worked around here, for the CLI only.

// prisma/orm#27403: catalog columns of type `name` (oid 19) and `"char"` (oid 18) are rejected as unsupported.
// They are plain text, so they are reported as text (oid 25) before the adapter maps column types.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
type PerformIO = (this: unknown, ...args: unknown[]) => Promise<{ fields: { dataTypeID: number }[] }>;
function patchCatalogTypes(adapter: object) {
  let proto: Record<string, unknown> | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__travellrPatched) return;
  const original = proto.performIO as PerformIO;
  proto.performIO = async function (this: unknown, ...args: unknown[]) {
    const result = await original.apply(this, args);
    for (const field of result.fields) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = 25;
    return result;
  };
  proto.__travellrPatched = true;
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const raw = process.env.DATABASE_URL;
    if (!raw) throw new Error("DATABASE_URL is not set (npm run db:migrate sets it for the embedded database)");
    const url = new URL(raw);
    // The shadow database is reached with `{...config, database}`; a connectionString would override that name,
    // so the connection is given as separate fields.
    const factory = new PrismaPg({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: decodeURIComponent(url.pathname.slice(1)),
      ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    });
    const connect = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      patchCatalogTypes(adapter);
      return adapter;
    };
    return factory;
  },
});
