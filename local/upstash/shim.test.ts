// The local Upstash REST shim (local/upstash) against a real redis-server, driven by the real @upstash/redis client
// the app uses, plus lib/cache's UpstashStore over it.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { UpstashStore } from "@/lib/cache/store";
import { upstashShimForFile } from "@/tests/support/upstash";
import { stripUnsupportedShebang } from "./scripts";

const shim = upstashShimForFile();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

/** one raw REST call, as Upstash documents it */
async function rest(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${shim.url}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${shim.token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe("REST protocol", () => {
  test("a wrong or missing token is 401", async () => {
    const res = await fetch(shim.url, { method: "POST", headers: { Authorization: "Bearer nope" }, body: '["PING"]' });
    expect(res.status).toBe(401);
    expect((await fetch(shim.url, { method: "POST", body: '["PING"]' })).status).toBe(401);
  });

  test("single commands: {result}, and HTTP 400 {error} for a Redis error", async () => {
    expect(await rest("/", ["SET", "raw:k", "v", "EX", 60])).toEqual({ status: 200, body: { result: "OK" } });
    expect(await rest("/", ["GET", "raw:k"])).toEqual({ status: 200, body: { result: "v" } });
    expect(await rest("/", ["INCR", "raw:k"])).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/not an integer/) },
    });
    expect(await rest("/", ["GET", "raw:missing"])).toEqual({ status: 200, body: { result: null } });
  });

  test("Upstash-Encoding: base64 encodes bulk strings (binary-safe), not OK or integers", async () => {
    const b64 = { "Upstash-Encoding": "base64" };
    await rest("/", ["SET", "raw:u", "héllo ✓"]);
    expect(await rest("/", ["GET", "raw:u"], b64)).toEqual({
      status: 200,
      body: { result: Buffer.from("héllo ✓").toString("base64") },
    });
    expect(await rest("/", ["SET", "raw:u", "x"], b64)).toEqual({ status: 200, body: { result: "OK" } });
    expect(await rest("/", ["INCR", "raw:n"], b64)).toEqual({ status: 200, body: { result: 1 } });
    expect(await rest("/", ["PING"], b64)).toEqual({
      status: 200,
      body: { result: Buffer.from("PONG").toString("base64") },
    });
  });

  test("/pipeline answers each command, errors included; /multi-exec runs them in one transaction", async () => {
    const piped = await rest("/pipeline", [
      ["SET", "raw:p", "a"],
      ["INCR", "raw:p"],
      ["GET", "raw:p"],
    ]);
    expect(piped).toEqual({
      status: 200,
      body: [{ result: "OK" }, { error: expect.stringMatching(/not an integer/) }, { result: "a" }],
    });
    const multi = await rest("/multi-exec", [
      ["SET", "raw:m", "1"],
      ["INCRBY", "raw:m", 4],
      ["GET", "raw:m"],
    ]);
    expect(multi).toEqual({ status: 200, body: [{ result: "OK" }, { result: 5 }, { result: "5" }] });
    expect(await rest("/multi-exec", [["SET", "raw:m", "1"], ["NOSUCHCOMMAND"]])).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/EXECABORT/) },
    });
  });
});

describe("Lua scripts with @upstash/ratelimit's shebang", () => {
  const script = "#!lua flags=allow-key-locking\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])";

  test("the shebang is stripped only of the flag Redis 7.0 rejects", () => {
    expect(stripUnsupportedShebang(script)).toBe("\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])");
    expect(stripUnsupportedShebang("#!lua flags=no-writes,allow-key-locking\nreturn 1")).toBe(
      "#!lua flags=no-writes\nreturn 1",
    );
    expect(stripUnsupportedShebang("#!lua flags=no-writes\nreturn 1")).toBe("#!lua flags=no-writes\nreturn 1");
    expect(stripUnsupportedShebang("return 1")).toBe("return 1");
  });

  test("EVAL runs it, then EVALSHA with the sha of the script as sent finds it", async () => {
    const redis = shim.redis();
    expect(await redis.evalsha(sha1(script), ["lua:a"], ["2"]).catch((e: Error) => e.message)).toMatch(/NOSCRIPT/);
    expect(await redis.eval(script, ["lua:a"], ["2"])).toBe(2);
    expect(await redis.evalsha(sha1(script), ["lua:a"], ["3"])).toBe(5);
  });

  test("SCRIPT LOAD answers with the client's sha, which EVALSHA and SCRIPT EXISTS accept", async () => {
    const redis = shim.redis();
    const other = `${script} + 0`;
    expect(await redis.scriptLoad(other)).toBe(sha1(other));
    expect(await redis.scriptExists(sha1(other), sha1("never loaded"))).toEqual([1, 0]);
    expect(await redis.evalsha(sha1(other), ["lua:b"], ["7"])).toBe(7);
  });
});

describe("lib/cache UpstashStore over the shim", () => {
  // configured as cacheStore() configures it: values are stored and returned as raw strings
  const store = () => new UpstashStore(shim.redis({ automaticDeserialization: false }));

  test("get/set round-trip strings untouched, JSON-looking ones included; a missing key is null", async () => {
    const s = store();
    await s.set("cache:json", '{"a":1,"b":[2]}', 60);
    await s.set("cache:text", "plain ✓ 42", 60);
    expect(await s.get("cache:json")).toBe('{"a":1,"b":[2]}');
    expect(await s.get("cache:text")).toBe("plain ✓ 42");
    expect(await s.get("cache:missing")).toBeNull();
  });

  test("set's ttl is applied: the key expires", async () => {
    const s = store();
    await s.set("cache:short", "v", 1);
    const ttl = await shim.redis().pttl("cache:short");
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1000);
    await sleep(1_100);
    expect(await s.get("cache:short")).toBeNull();
  });

  test("increment and counters: missing counters are 0, repeated keys count twice", async () => {
    const s = store();
    expect(await s.counters([])).toEqual([]);
    expect(await s.counters(["cnt:a", "cnt:b"])).toEqual([0, 0]);
    await s.increment(["cnt:a", "cnt:b", "cnt:a"]);
    await s.increment([]);
    await Promise.all([s.increment(["cnt:b"]), s.increment(["cnt:b"])]);
    expect(await s.counters(["cnt:a", "cnt:b", "cnt:c"])).toEqual([2, 3, 0]);
  });
});
