// Applies committed migrations. When every migration is already applied it returns at once; otherwise it runs
// `prisma migrate deploy` and ends the CLI as soon as it reports success (the JS schema engine otherwise lingers
// ~11 s on a Wasm timer).
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

async function pendingMigrations(url: string): Promise<string[]> {
  const all = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
    );
    if (!rows[0]?.exists) return all;
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((r) => r.migration_name));
    return all.filter((m) => !done.has(m));
  } finally {
    await client.end();
  }
}

export async function applyMigrations(url: string, log: (m: string) => void = () => {}): Promise<void> {
  const pending = await pendingMigrations(url);
  if (pending.length === 0) return;
  log(`applying ${pending.length} migration(s): ${pending.join(", ")}`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let succeeded = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!succeeded && /All migrations have been successfully applied|No pending migrations to apply/.test(output)) {
        succeeded = true;
        child.kill("SIGTERM");
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => {
      if (succeeded) return;
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`));
    });
  });
}
