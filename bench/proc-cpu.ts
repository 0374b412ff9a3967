// CPU time of other processes from Linux /proc, for the booking figures: a process tree (the Next.js server and
// anything it spawned) and PostgreSQL (the postmaster, the backends it already reaped, and the live ones).
import { readFileSync } from "node:fs";

const TICK_MS = 1000 / 100; // USER_HZ

function stat(pid: number) {
  return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** CPU ms used so far by a process and its descendants (live ones, plus those it reaped). */
export function treeCpuMs(pid: number): number {
  try {
    const s = stat(pid);
    return (
      (Number(s[11]) + Number(s[12]) + Number(s[13]) + Number(s[14])) * TICK_MS +
      children(pid).reduce((sum, c) => sum + treeCpuMs(c), 0)
    );
  } catch {
    return 0;
  }
}

/** PostgreSQL's CPU ms so far, from the data directory's postmaster.pid; null when it cannot be read. */
export function postgresCpuMs(dataDir = process.env.PGDATA ?? ".data/pg"): number | null {
  try {
    return treeCpuMs(Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]));
  } catch {
    return null;
  }
}
