// The runner's signatures judged by the SDK's own verification: the app's real /api/inngest route (cloud mode, called
// in-process) accepts exactly the calls signed with its key, and the runner trusts no app that skips the check.
import { createHash } from "node:crypto";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type CallContext, callFunction } from "./call-function";
import { Registry } from "./registry";
import { canonicalJson, hashedSigningKey, newEventKey, newSigningKey, sign, verifySignature } from "./signing";

const signingKey = newSigningKey();
const ENV_KEYS = ["INNGEST_SIGNING_KEY", "INNGEST_EVENT_KEY", "INNGEST_BASE_URL", "INNGEST_DEV", "LOG_LEVEL"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
let route: typeof import("@/app/api/inngest/route");
const silent = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

const BASE = "http://localhost/api/inngest";
const RUN_URL = `${BASE}?fnId=travellr-welcome-user&stepId=step`;
// a welcome-user run whose only step is already memoized: executing it touches nothing and returns {emailId: null}
const event = {
  id: "signing-probe",
  name: "user/registered",
  data: { userId: "signing-probe", role: "traveller" },
  ts: Date.now(),
};
const runBody = canonicalJson({
  event,
  events: [event],
  steps: { [createHash("sha1").update("notify").digest("hex")]: { data: { emailId: null } } },
  ctx: {
    run_id: "signing-probe",
    attempt: 0,
    max_attempts: 1,
    disable_immediate_execution: false,
    use_api: false,
    stack: { stack: [], current: 0 },
  },
  version: 2,
});

function call(
  method: "GET" | "POST" | "PUT",
  url: string,
  body: string | undefined,
  headers: Record<string, string> = {},
) {
  const req = new NextRequest(url, { method, body, headers: { "content-type": "application/json", ...headers } });
  return route[method](req, undefined);
}
const signed = (body: string, key = signingKey, at?: number) => ({ "x-inngest-signature": sign(body, key, at) });

beforeAll(async () => {
  Object.assign(process.env, {
    INNGEST_SIGNING_KEY: signingKey,
    INNGEST_EVENT_KEY: newEventKey(),
    INNGEST_BASE_URL: "http://127.0.0.1:9",
  });
  // the route must stay in cloud mode even when someone sets the SDK's dev-mode switch
  process.env.INNGEST_DEV = "1";
  // every refusal below is logged as an error by the app's logger: expected here, so kept out of the test output
  process.env.LOG_LEVEL = "silent";
  route = await import("@/app/api/inngest/route");
});

afterAll(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

describe("/api/inngest checks the runner's signature", () => {
  test("a correctly signed call runs, and the answer is signed with the same key", async () => {
    const res = await call("POST", RUN_URL, runBody, signed(runBody));
    const text = await res.text();
    expect([200, 206], text).toContain(res.status);
    expect(text).toContain("emailId");
    expect(verifySignature(res.headers.get("x-inngest-signature"), text, signingKey)).toBe(true);
  });

  test.each([
    ["unsigned", {}],
    ["signed with another key", signed(runBody, newSigningKey())],
    ["signed for another body", signed(canonicalJson({ ...JSON.parse(runBody), steps: {} }))],
    ["signed 6 minutes ago", signed(runBody, signingKey, Math.floor(Date.now() / 1000) - 360)],
    ["a malformed signature", { "x-inngest-signature": "s=deadbeef" }],
  ])("a call %s is refused with 401 and runs nothing", async (_name, headers) => {
    const res = await call("POST", RUN_URL, runBody, headers);
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ message: "Unauthorized" });
    expect(text).not.toContain("emailId");
  });

  test("GET shows the function configuration only to a signed request", async () => {
    const anonymous = await call("GET", BASE, undefined);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("welcome-user");
    const res = await call("GET", BASE, undefined, signed(""));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ authentication_succeeded: true, mode: "cloud" });
  });

  test("PUT (sync) needs the signature, in band or out of band", async () => {
    const syncBody = canonicalJson({ url: "http://attacker.example/api/inngest" });
    expect((await call("PUT", BASE, undefined)).status).toBe(401);
    expect((await call("PUT", BASE, syncBody, { "x-inngest-sync-kind": "in_band" })).status).toBe(401);
    expect(
      (await call("PUT", BASE, syncBody, { "x-inngest-sync-kind": "in_band", ...signed(syncBody, newSigningKey()) }))
        .status,
    ).toBe(401);
    const res = await call("PUT", BASE, syncBody, { "x-inngest-sync-kind": "in_band", ...signed(syncBody) });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expect(JSON.parse(text).functions.map((f: { id: string }) => f.id)).toContain("travellr-welcome-user");
    expect(verifySignature(res.headers.get("x-inngest-signature"), text, signingKey)).toBe(true);
  });
});

describe("the runner's side of the handshake", () => {
  test("its registration bearer is the one the SDK derives from the signing key", async () => {
    const seen: string[] = [];
    const fetchSpy: typeof fetch = async (input, init) => {
      seen.push(new Headers(init?.headers).get("authorization") ?? "");
      return Response.json({ status: 200, modified: true });
    };
    const client = new Inngest({
      id: "bearer-probe",
      isDev: false,
      signingKey,
      eventKey: "k",
      baseUrl: "http://127.0.0.1:9",
      fetch: fetchSpy,
      logger: silent,
      internalLogger: silent,
    });
    const fn = client.createFunction({ id: "noop", triggers: [{ event: "probe/never" }] }, async () => null);
    const handler = serve({ client, functions: [fn] }) as RequestListener;
    const server = createServer(handler);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
    const res = await fetch(url, { method: "PUT", headers: signed("") });
    server.close();
    expect(res.status).toBe(200);
    expect(seen).toEqual([`Bearer ${hashedSigningKey(signingKey)}`]);
  });

  test("an app that does not check signatures (dev mode) or holds another key is neither synced nor trusted", async () => {
    const ran: string[] = [];
    for (const other of [
      new Inngest({ id: "dev-app", isDev: true, logger: silent, internalLogger: silent }),
      new Inngest({
        id: "other-key-app",
        isDev: false,
        signingKey: newSigningKey(),
        eventKey: "k",
        logger: silent,
        internalLogger: silent,
      }),
    ]) {
      const noop = other.createFunction({ id: "noop", retries: 0, triggers: [{ event: "probe/never" }] }, async () =>
        ran.push(other.id),
      );
      const server = createServer(serve({ client: other, functions: [noop] }) as RequestListener);
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
      expect(await new Registry(url, signingKey, () => {}).sync()).toBe(false);
      const fn = {
        id: `${other.id}-noop`,
        name: "noop",
        triggers: [],
        steps: { step: { runtime: { url: `${url}?fnId=${other.id}-noop&stepId=step` } } },
      };
      const run: CallContext = {
        id: "r",
        events: null,
        attempt: 0,
        maxAttempts: 1,
        disableImmediate: false,
        steps: {},
        stack: [],
        event: { id: "e", name: "probe/never", data: {}, ts: Date.now() },
      };
      const result = await callFunction(fn, run, "step", signingKey);
      expect(result.kind).toBe("error");
      server.close();
    }
    // the dev-mode app ran the call unsigned (so its result is discarded), the app with another key refused it
    expect(ran).toEqual(["dev-app"]);
  });
});
