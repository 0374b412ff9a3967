// A local stand-in for Upstash's Redis REST API over a real redis-server, so tests run the unmodified
// `@upstash/redis` and `@upstash/ratelimit` clients. It speaks what those clients use:
//   POST /            one command as a JSON array        → {result} (HTTP 400 {error} when Redis answers an error)
//   POST /pipeline    an array of commands               → [{result} | {error}, …] (not atomic, like Upstash)
//   POST /multi-exec  an array of commands, run in MULTI → [{result} | {error}, …] (HTTP 400 {error} if aborted)
// with `Authorization: Bearer <token>`, and `Upstash-Encoding: base64` (which @upstash/redis always sends): bulk
// strings come back base64-encoded, the status "OK" and integers as they are.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { startLocalRedis } from "./redis-server";
import { RespClient, RespError, type RespValue } from "./resp";
import { ScriptRewriter } from "./scripts";

export interface UpstashShim {
  /** UPSTASH_REDIS_REST_URL */
  url: string;
  /** UPSTASH_REDIS_REST_TOKEN */
  token: string;
  stop(): Promise<void>;
}

type Json = string | number | null | Json[];
type Outcome = { result: Json } | { error: string };

class BadRequest extends Error {}

function toJson(value: RespValue, base64: boolean): Json {
  if (value === null || typeof value === "number") return value;
  if (value instanceof RespError) return value.message;
  if (Array.isArray(value)) return value.map((v) => toJson(v, base64));
  if (typeof value === "string") return !base64 || value === "OK" ? value : Buffer.from(value).toString("base64");
  return value.toString(base64 ? "base64" : "utf8");
}

const outcome = (value: RespValue, base64: boolean): Outcome =>
  value instanceof RespError ? { error: value.message } : { result: toJson(value, base64) };

/** A command is a non-empty JSON array of scalars; numbers and booleans go to Redis as their text. */
function toCommand(raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.length === 0) throw new BadRequest("a command is a non-empty JSON array");
  return raw.map((arg) => {
    if (typeof arg === "string") return arg;
    if (typeof arg === "number" || typeof arg === "boolean" || arg === null) return JSON.stringify(arg);
    throw new BadRequest("command arguments must be strings or numbers");
  });
}

function toCommands(raw: unknown): string[][] {
  if (!Array.isArray(raw)) throw new BadRequest("expected a JSON array of commands");
  return raw.map(toCommand);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BadRequest("the body is not valid JSON");
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startUpstashShim(
  options: { token?: string; redisServerPath?: string } = {},
): Promise<UpstashShim> {
  const token = options.token ?? randomBytes(16).toString("hex");
  const redis = await startLocalRedis(options.redisServerPath);
  const client = await RespClient.connect(redis.socketPath);
  const scripts = new ScriptRewriter();

  /** rewrites scripts, runs the commands in one write and maps the replies back */
  async function run(commands: string[][]): Promise<RespValue[]> {
    const rewritten = commands.map((c) => scripts.rewrite(c));
    const replies = await client.send(rewritten.map((r) => r.command));
    return replies.map((reply, i) => rewritten[i].reply?.(reply) ?? reply);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: "Unauthorized" });
    if (req.method !== "POST") return send(res, 405, { error: "only POST is supported by the local shim" });
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const path = new URL(req.url ?? "/", "http://shim").pathname.replace(/\/+$/, "");
    const body = await readJson(req);
    if (path === "") {
      const [reply] = await run([toCommand(body)]);
      return send(res, reply instanceof RespError ? 400 : 200, outcome(reply, base64));
    }
    if (path === "/pipeline") {
      const replies = await run(toCommands(body));
      return send(
        res,
        200,
        replies.map((r) => outcome(r, base64)),
      );
    }
    if (path === "/multi-exec") {
      const commands = toCommands(body);
      const replies = await run([["MULTI"], ...commands, ["EXEC"]]);
      const exec = replies[replies.length - 1];
      if (exec instanceof RespError) return send(res, 400, { error: exec.message });
      if (!Array.isArray(exec)) return send(res, 400, { error: "transaction aborted" });
      return send(
        res,
        200,
        exec.map((r) => outcome(r, base64)),
      );
    }
    return send(res, 404, { error: `unknown path ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof BadRequest ? 400 : 500;
      send(res, status, { error: e instanceof Error ? e.message : String(e) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      client.close();
      await redis.stop();
    },
  };
}
