// Lua script compatibility between Upstash and the Debian redis-server (7.0): @upstash/ratelimit 2.x scripts start
// with `#!lua flags=allow-key-locking`, a flag Redis 7.0 rejects ("Unexpected flag in script shebang"). The shim
// drops that flag before Redis sees the script. The client computes the SHA1 of the script it sent and later calls
// EVALSHA with it, so the shim remembers client sha → sha of the rewritten script that Redis actually cached.
import { createHash } from "node:crypto";
import type { RespValue } from "./resp";

const UNSUPPORTED_FLAGS = new Set(["allow-key-locking"]);

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

/** Removes the flags Redis 7.0 does not know from a `#!lua flags=…` first line; other scripts pass unchanged. */
export function stripUnsupportedShebang(script: string): string {
  const match = /^#!lua([^\n]*)/.exec(script);
  if (!match) return script;
  const flags = /\bflags=(\S*)/.exec(match[1])?.[1].split(",") ?? [];
  const kept = flags.filter((f) => f && !UNSUPPORTED_FLAGS.has(f));
  if (kept.length === flags.length) return script;
  // an empty first line keeps Lua's line numbers in error messages right
  const line = kept.length ? `#!lua flags=${kept.join(",")}` : "";
  return line + script.slice(match[0].length);
}

export interface Rewritten {
  command: string[];
  /** adjusts Redis' reply before it goes back to the client */
  reply?: (value: RespValue) => RespValue;
}

export class ScriptRewriter {
  private readonly shas = new Map<string, string>();

  private load(script: string): string {
    const fixed = stripUnsupportedShebang(script);
    if (fixed !== script) this.shas.set(sha1(script), sha1(fixed));
    return fixed;
  }

  private redisSha(sha: string): string {
    const lower = sha.toLowerCase();
    return this.shas.get(lower) ?? lower;
  }

  rewrite(command: string[]): Rewritten {
    const [name = "", first, ...rest] = command;
    switch (name.toLowerCase()) {
      case "eval":
      case "eval_ro":
        return { command: [name, this.load(first ?? ""), ...rest] };
      case "evalsha":
      case "evalsha_ro":
        return { command: [name, this.redisSha(first ?? ""), ...rest] };
      case "script": {
        const sub = (first ?? "").toLowerCase();
        if (sub === "load" && rest.length === 1) {
          const script = rest[0];
          // Redis answers with the sha of the rewritten script; the client expects the sha of what it sent
          return {
            command: [name, first, this.load(script)],
            reply: (v) => (Buffer.isBuffer(v) ? Buffer.from(sha1(script)) : v),
          };
        }
        if (sub === "exists") return { command: [name, first, ...rest.map((s) => this.redisSha(s))] };
        return { command };
      }
      default:
        return { command };
    }
  }
}
