import { type APIRequestContext, expect, request as playwrightRequest, test } from "../support/test";
import { bearer, expectError, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

/** Signs in through Auth.js' credentials callback like the login page does; the context then holds the session cookie. */
async function browserSession(
  baseURL: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const res = await context.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, redirect: "false" },
    maxRedirects: 0,
  });
  expect(res.status(), await res.text()).toBeLessThan(400);
  const cookies = (await context.storageState()).cookies.map((c) => c.name);
  expect(cookies.some((name) => /authjs\.session-token/.test(name))).toBe(true);
  return context;
}

test.describe("browser security headers", () => {
  test("every page carries a CSP with a fresh nonce that its scripts use, and the other security headers", async ({
    request,
  }) => {
    const first = await request.get("/trips");
    const second = await request.get("/trips");
    const csp = first.headers()["content-security-policy"];
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
    const html = await first.text();
    // Next.js put this request's nonce on its scripts; an injected <script> without it would not run
    expect(html).toContain(`nonce="${nonce}"`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("https://js.stripe.com");
    expect(csp).not.toContain("unsafe-eval");
    const h = first.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["permissions-policy"]).toContain("camera=()");
    // local preview over http: no HSTS (it is sent when the site is served over https outside local mode)
    expect(h["strict-transport-security"]).toBeUndefined();
    expect(h["x-powered-by"]).toBeUndefined();
  });

  test("API responses, errors and static assets carry the headers and an x-request-id", async ({ request }) => {
    const mine = await request.get("/api/v1/trips?limit=1", { headers: { "x-request-id": "e2e-request-0001" } });
    expect(mine.headers()["x-request-id"]).toBe("e2e-request-0001");
    const forged = await request.get("/api/v1/trips?limit=1", { headers: { "x-request-id": "bad id\twith tab" } });
    expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const notFound = await request.get("/api/v1/nope");
    expect(notFound.status()).toBe(404);
    expect(notFound.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(notFound.headers()["x-content-type-options"]).toBe("nosniff");
    const page = await (await request.get("/trips")).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(page)?.[0];
    expect(asset).toBeTruthy();
    const js = await request.get(asset!);
    expect(js.status()).toBe(200);
    expect(js.headers()["x-content-type-options"]).toBe("nosniff");
    expect(js.headers()["x-request-id"]).toBeTruthy();
  });
});

test.describe("API headers without the proxy", () => {
  test("a bearer-token call without a cookie skips the proxy and still gets the request id and the headers", async ({
    request,
    baseURL,
  }) => {
    const user = await registerUser(request);
    // a fresh context: no cookie a page response may have set
    const app = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: bearer(user.token) });
    const expectApiHeaders = (h: Record<string, string>) => {
      expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["strict-transport-security"]).toBeUndefined();
    };
    const mine = await app.get(`/api/v1/users/${user.user.id}`, { headers: { "x-request-id": "e2e-bearer-0001" } });
    expect(mine.status()).toBe(200);
    expect(mine.headers()["x-request-id"]).toBe("e2e-bearer-0001");
    expect(mine.headers()["x-ratelimit-limit"]).toBeTruthy();
    expectApiHeaders(mine.headers());
    const forged = await app.get(`/api/v1/users/${user.user.id}`, { headers: { "x-request-id": "bad id\twith tab" } });
    expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // an error, a refused method, an unknown endpoint and OPTIONS: each answered outside the wrappers' happy path
    for (const res of [
      await app.get("/api/v1/bookings/no-such-booking"),
      await app.delete("/api/v1/openapi.json"),
      await app.get("/api/v1/nope"),
      await app.fetch("/api/v1/openapi.json", { method: "OPTIONS" }),
    ]) {
      expect(res.status()).toBeGreaterThanOrEqual(204);
      expect(res.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expectApiHeaders(res.headers());
    }
    // through the proxy (no token): the same policy, once
    const anonymous = await playwrightRequest.newContext({ baseURL });
    const viaProxy = await anonymous.get("/api/v1/trips?limit=1");
    expectApiHeaders(viaProxy.headers());
    expect(viaProxy.headersArray().filter((h) => h.name.toLowerCase() === "x-frame-options")).toHaveLength(1);
    for (const c of [app, anonymous]) await c.dispose();
  });
});

test.describe("CSRF", () => {
  test("a cookie-authenticated cancel from a foreign origin is refused and cancels nothing; the app's own origin works", async ({
    request,
    baseURL,
  }) => {
    const { departure } = await tripWithDeparture(request, { days: 30 });
    const { traveller, booking } = await paidBooking(request, departure.id);
    const session = await browserSession(baseURL!, traveller.user.email, traveller.password);
    const cancel = (headers: Record<string, string>) =>
      session.post(`/api/v1/bookings/${booking.id}/cancel`, { headers, data: {} });

    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "https://sub.localhost" },
      { origin: "null" },
      {}, // neither Origin nor Fetch Metadata
    ];
    for (const headers of foreign) {
      await expectError(await cancel(headers), 403, "csrf_failed");
    }
    const still = await (
      await request.get(`/api/v1/bookings/${booking.id}`, { headers: bearer(traveller.token) })
    ).json();
    expect(still.booking.status).toBe("confirmed");

    // reads are not state-changing and pass; the app's own origin passes
    expect(
      (await session.get(`/api/v1/bookings/${booking.id}`, { headers: { origin: "https://evil.example" } })).status(),
    ).toBe(200);
    const ok = await cancel({ origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" });
    expect(ok.status(), await ok.text()).toBe(200);
    expect((await ok.json()).booking.status).toBe("cancelled");
    await session.dispose();
  });

  test("bearer-token requests are not affected by the origin check", async ({ request }) => {
    const user = await registerUser(request);
    const res = await request.put(`/api/v1/users/${user.user.id}`, {
      headers: { ...bearer(user.token), origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      data: { name: "Renamed Elsewhere" },
    });
    expect(res.status(), await res.text()).toBe(200);
    expect((await res.json()).user.name).toBe("Renamed Elsewhere");
  });
});

test.describe("sessions", () => {
  test("logout ends every browser session of the user, even a copied cookie; sessions last 7 days", async ({
    request,
    baseURL,
  }) => {
    const user = await registerUser(request);
    const laptop = await browserSession(baseURL!, user.user.email, user.password);
    const phone = await browserSession(baseURL!, user.user.email, user.password);
    const cookie = (await laptop.storageState()).cookies.find((c) => c.name === "authjs.session-token")!;
    const days = (cookie.expires * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(cookie.httpOnly).toBe(true);
    expect((await phone.get(`/api/v1/users/${user.user.id}`)).status()).toBe(200);

    const copied = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` },
    });
    expect((await copied.get(`/api/v1/users/${user.user.id}`)).status()).toBe(200);

    const out = await laptop.post("/api/v1/auth/logout", { headers: { origin: new URL(baseURL!).origin } });
    expect(out.status(), await out.text()).toBe(204);
    await expectError(await phone.get(`/api/v1/users/${user.user.id}`), 401, "unauthenticated");
    await expectError(await copied.get(`/api/v1/users/${user.user.id}`), 401, "unauthenticated");
    // signing in again works, with a fresh session
    const again = await browserSession(baseURL!, user.user.email, user.password);
    expect((await again.get(`/api/v1/users/${user.user.id}`)).status()).toBe(200);
    for (const c of [laptop, phone, copied, again]) await c.dispose();
  });

  test("deactivation ends the user's sessions at once", async ({ request, baseURL }) => {
    const user = await registerUser(request);
    const session = await browserSession(baseURL!, user.user.email, user.password);
    expect((await session.get(`/api/v1/users/${user.user.id}`)).status()).toBe(200);
    expect((await request.delete(`/api/v1/users/${user.user.id}`, { headers: bearer(user.token) })).status()).toBe(204);
    await expectError(await session.get(`/api/v1/users/${user.user.id}`), 401, "unauthenticated");
    await session.dispose();
  });

  test("behind TLS the session cookie is Secure and __Secure- prefixed", async ({ request, baseURL }) => {
    const user = await registerUser(request);
    const tls = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
    const { csrfToken } = await (await tls.get("/api/auth/csrf")).json();
    const res = await tls.post("/api/auth/callback/credentials", {
      form: { email: user.user.email, password: user.password, csrfToken },
      maxRedirects: 0,
    });
    const setCookie = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value)
      .join("\n");
    expect(setCookie).toMatch(/__Secure-authjs\.session-token=[^;]+;[^\n]*Secure/i);
    await tls.dispose();
  });
});

test.describe("health", () => {
  test("liveness is cheap and anonymous callers learn no version or uptime; readiness checks every dependency", async ({
    request,
  }) => {
    const live = await request.get("/api/health");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    for (const path of ["/api/health/ready", "/api/health?ready=1"]) {
      const ready = await request.get(path);
      expect(ready.status(), await ready.text()).toBe(200);
      const body = await ready.json();
      expect(body).toEqual({
        status: "ok",
        checks: { database: "ok", stripe: "ok", inngest: "ok", cache: "ok" },
        down: [],
      });
      expect(JSON.stringify(body)).not.toMatch(/version|uptime/i);
    }
  });
});

test("bearer tokens are counted against their limit of 600 a minute", async ({ request }) => {
  const user = await registerUser(request);
  const remaining: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await request.get("/api/v1/notifications", { headers: bearer(user.token) });
    expect(res.headers()["x-ratelimit-limit"]).toBe("600");
    remaining.push(Number(res.headers()["x-ratelimit-remaining"]));
  }
  // a sliding window weighs the previous minute, so one step across a window boundary may round to no change
  expect(remaining[0]).toBeLessThanOrEqual(599);
  expect(remaining[5]).toBeLessThanOrEqual(remaining[0] - 4);
});
