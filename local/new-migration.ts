// `npm run db:new-migration -- <name>`: writes the SQL that turns the committed schema (git HEAD) into the edited
// prisma/schema.prisma as a new migration, then applies it. A datamodel-to-datamodel diff needs no shadow database,
// which @prisma/adapter-pg 6.19 cannot provide reliably.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "./migrate";
import { log } from "./services";

export async function createMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:new-migration -- <snake_case_name>");
  const dir = mkdtempSync(path.join(tmpdir(), "travellr-schema-"));
  const previous = path.join(dir, "schema.prisma");
  let from = ["--from-empty"];
  try {
    writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
    from = ["--from-schema-datamodel", previous];
  } catch {
    log("no committed schema found: diffing from an empty database");
  }
  const result = spawnSync(
    process.execPath,
    [
      "node_modules/prisma/build/index.js",
      "migrate",
      "diff",
      ...from,
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ],
    { encoding: "utf8", env: process.env },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}`);
  const sql = result.stdout.trim();
  if (!sql || !/^[A-Z]/m.test(sql.replace(/^--.*$/gm, ""))) {
    log("the schema is unchanged: no migration written");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const target = path.join("prisma/migrations", `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), `${sql}\n`);
  log(`wrote ${target}/migration.sql`);
  await applyMigrations(process.env.DATABASE_URL!, log);
}
