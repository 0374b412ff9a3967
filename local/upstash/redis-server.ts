// Starts a throwaway redis-server (the Debian package's binary) for the Upstash shim: no persistence, a temp dir
// removed on stop, and a unix socket instead of a TCP port, so parallel test files can never collide on a port.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { RespClient } from "./resp";

export interface LocalRedis {
  socketPath: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;

async function waitUntilReady(socketPath: string, child: ChildProcess, stderr: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}: ${stderr()}`);
    try {
      const client = await RespClient.connect(socketPath);
      const [pong] = await client.send([["PING"]]);
      client.close();
      if (pong === "PONG") return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`redis-server did not start within ${READY_TIMEOUT_MS} ms: ${stderr()}`);
}

export async function startLocalRedis(binary = process.env.REDIS_SERVER_PATH ?? "redis-server"): Promise<LocalRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), "travellr-redis-"));
  const socketPath = path.join(dir, "redis.sock");
  const args = ["--port", "0", "--unixsocket", socketPath, "--unixsocketperm", "700", "--dir", dir];
  args.push("--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning");
  const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (d: Buffer) => (errors += d.toString()));
  const spawnFailed = new Promise<never>((_, reject) =>
    child.once("error", (e) => reject(new Error(`cannot start ${binary}: ${e.message}`))),
  );
  // a test runner that dies must not leave redis-server behind
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    // pid is undefined when the binary could not be spawned at all
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await Promise.race([waitUntilReady(socketPath, child, () => errors), spawnFailed]);
  } catch (e) {
    await stop();
    throw e;
  }
  return { socketPath, stop };
}
