// Runs a benchmark script that imports lib/ in a child process with the react-server condition (as Next.js runs
// lib/, where `server-only` resolves to nothing) and returns the JSON rows its last output line holds.
import { spawn } from "node:child_process";

export function runLibWorker(script: string, env: Record<string, string>, databaseUrl: string) {
  return new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", script], {
      env: { ...process.env, ...env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`${script} exited ${code}`)),
    );
  });
}
