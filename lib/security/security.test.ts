import { readFileSync } from "node:fs";
import path from "node:path";
import { type MiddlewareSourceConfig, unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, test } from "vitest";
import { buildCsp, staticSecurityHeaders } from "./csp";
import { isCrossSiteCookieRequest } from "./csrf";
import { requestIdFrom } from "./request-id";

const APP = "https://travellr.example";
const SESSION = "authjs.session-token=abc";

function req(method: string, headers: Record<string, string>, pathname = "/api/v1/bookings/b1/cancel") {
  return { method, pathname, headers: new Headers(headers), appOrigins: [APP] };
}

describe("CSRF: cookie-authenticated unsafe API requests must come from the app's own origin", () => {
  test.each([
    [
      "same-origin fetch (Fetch Metadata)",
      req("POST", { cookie: SESSION, "sec-fetch-site": "same-origin", origin: APP }),
      false,
    ],
    ["foreign Origin", req("POST", { cookie: SESSION, origin: "https://evil.example" }), true],
    [
      "cross-site Fetch Metadata",
      req("POST", { cookie: SESSION, "sec-fetch-site": "cross-site", origin: "https://evil.example" }),
      true,
    ],
    [
      "sibling subdomain (same-site)",
      req("POST", { cookie: SESSION, "sec-fetch-site": "same-site", origin: "https://shop.travellr.example" }),
      true,
    ],
    [
      "Fetch Metadata says cross-site even with a matching Origin",
      req("DELETE", { cookie: SESSION, "sec-fetch-site": "cross-site", origin: APP }),
      true,
    ],
    ["no Origin and no Fetch Metadata", req("PATCH", { cookie: SESSION }), true],
    ["Origin: null (sandboxed frame)", req("PUT", { cookie: SESSION, origin: "null" }), true],
    ["old browser with the app's Origin", req("POST", { cookie: SESSION, origin: APP }), false],
    [
      "chunked secure cookie counts as a session",
      req("POST", { cookie: "__Secure-authjs.session-token.0=abc", origin: "https://evil.example" }),
      true,
    ],
    [
      "bearer token requests are not affected",
      req("POST", { cookie: SESSION, authorization: "Bearer tok", origin: "https://evil.example" }),
      false,
    ],
    [
      "no session cookie, nothing ambient to abuse",
      req("POST", { cookie: "theme=dark", origin: "https://evil.example" }),
      false,
    ],
    ["safe methods pass", req("GET", { cookie: SESSION, origin: "https://evil.example" }), false],
    [
      "pages are not API requests (server actions check Origin themselves)",
      req("POST", { cookie: SESSION, origin: "https://evil.example" }, "/bookings/b1"),
      false,
    ],
  ])("%s", (_name, request, refused) => {
    expect(isCrossSiteCookieRequest(request)).toBe(refused);
  });
});

describe("CSP", () => {
  test("production: nonce + strict-dynamic, no eval, no framing, Stripe.js allowed", () => {
    const csp = buildCsp({ nonce: "abc123", dev: false, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic' https://js.stripe.com");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).not.toContain("127.0.0.1");
  });

  test("dev server gets eval (fast refresh) and local mode reaches the Stripe stand-in", () => {
    const csp = buildCsp({ nonce: "n", dev: true, https: false, stripeStandInOrigin: "http://127.0.0.1:12111" });
    expect(csp).toMatch(/script-src [^;]*'unsafe-eval'/);
    expect(csp).toMatch(/connect-src [^;]*http:\/\/127\.0\.0\.1:12111/);
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  test("HSTS only over TLS", () => {
    expect(staticSecurityHeaders({ hsts: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(staticSecurityHeaders({ hsts: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders({ hsts: false })["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("x-request-id", () => {
  test.each(["req-1234abcd", "01J9Z8Y7X6W5V4T3S2R1Q0P9N8", "3f1d2c4b-5a6e-4f70-8123-9abcdef01234"])(
    "a well-formed id is kept: %s",
    (id) => {
      expect(requestIdFrom(id)).toBe(id);
    },
  );
  test.each([null, "", "short", "a".repeat(129), "evil\r\nset-cookie: x=1", "spaces are not ok"])(
    "anything else gets a fresh UUID: %j",
    (id) => {
      const fresh = requestIdFrom(id);
      expect(fresh).not.toBe(id);
      expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});

describe("the proxy runs for every request but the two signed machine endpoints and bearer-token API calls", () => {
  // proxy.ts imports Auth.js, which needs Next's runtime: its config is a literal (Next reads it statically), so the
  // test evaluates the same literal from the file
  const source = readFileSync(path.join(__dirname, "../../proxy.ts"), "utf8");
  const literal = /export const config = (\{[^;]+\});/.exec(source)?.[1];
  const config = new Function(`return ${literal}`)() as MiddlewareSourceConfig;
  const runs = (url: string, { headers = {}, cookies }: { headers?: Record<string, string>; cookies?: object } = {}) =>
    unstable_doesMiddlewareMatch({ config, url, headers, cookies: cookies as Record<string, string> | undefined });
  // (the helper builds the Cookie header from `cookies`, replacing any in `headers`)
  const bearer = { headers: { authorization: "Bearer t" } };
  const cookie = { cookies: { "authjs.session-token": "s" } };

  test.each([
    "/",
    "/trips",
    "/trips/t1",
    "/api/v1/bookings",
    "/api/v1/trips?limit=1",
    "/api/v1",
    "/api/health",
    "/api/auth/session",
  ])("%s goes through the proxy", (url) => expect(runs(url)).toBe(true));
  test.each(["/api/inngest", "/api/inngest?fnId=x&stepId=step", "/api/webhooks/stripe"])("%s skips it", (url) =>
    expect(runs(url)).toBe(false),
  );
  test("a bearer-token API call skips it unless it also carries a cookie; pages never skip it", () => {
    expect(runs("/api/v1/bookings", bearer)).toBe(false);
    expect(runs("/api/v1/trips/t1/departures", bearer)).toBe(false);
    expect(runs("/api/v1/bookings", { ...bearer, ...cookie })).toBe(true);
    expect(runs("/api/v1/bookings", cookie)).toBe(true);
    expect(runs("/trips", bearer)).toBe(true);
    expect(runs("/api/auth/session", bearer)).toBe(true);
    expect(runs("/api/inngest", { ...bearer, ...cookie })).toBe(false);
  });
});
