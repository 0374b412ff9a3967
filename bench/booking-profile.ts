// Profiles ONE booking end to end: POST /api/v1/bookings (the real route handler) → PaymentIntent at the Stripe
// stand-in → the traveller confirms → webhook → booking confirmed → every Inngest function the events trigger.
// The app's route handlers and /api/inngest run in this process on node:http; the stand-in and the runner run in
// their own processes; PostgreSQL is reached through counting proxies. Prints HTTP requests, SQL statements and CPU
// ms per process. Run: DATABASE_URL=… tsx --conditions=react-server bench/booking-profile.ts
import { spawn } from "node:child_process";
import diagnosticsChannel from "node:diagnostics_channel";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createInterface } from "node:readline";
import pg from "pg";
import { RUNS_TABLE } from "../local/inngest-runner/schema";
import { newEventKey, newSigningKey } from "../local/inngest-runner/signing";
import { startCountingProxy } from "./pg-count-proxy";
import { postgresCpuMs } from "./proc-cpu";

const APP_PORT = Number(process.env.PROFILE_APP_PORT ?? 3290);
const STRIPE_PORT = APP_PORT + 1;
const RUNNER_PORT = APP_PORT + 2;
const dbUrl = new URL(process.env.DATABASE_URL!);
const appRequests: Record<string, number> = {};
diagnosticsChannel.subscribe("http.server.request.start", (m) => {
  const { request } = m as { request: IncomingMessage };
  const key = `${request.method} ${(request.url ?? "").split("?")[0]}`;
  appRequests[key] = (appRequests[key] ?? 0) + 1;
});

function viaProxy(port: number) {
  const u = new URL(dbUrl);
  u.hostname = "127.0.0.1";
  u.port = String(port);
  return u.toString();
}

function service(role: string, port: number, target: string, databaseUrl: string, env: Record<string, string>) {
  const child = spawn("node_modules/.bin/tsx", ["bench/profile-service.ts", role, String(port), target, databaseUrl], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const next = () =>
    new Promise<{ cpu: NodeJS.CpuUsage; requests: Record<string, number> }>((r) =>
      lines.once("line", (l) => r(JSON.parse(l))),
    );
  return {
    ready: next(),
    ask: (cmd: "reset" | "report") => {
      const answer = next();
      child.stdin!.write(`${cmd}\n`);
      return answer;
    },
    stop: () => child.kill("SIGTERM"),
  };
}

async function toRequest(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = chunks.length && req.method !== "GET" && req.method !== "HEAD" ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  return new Request(`http://127.0.0.1:${APP_PORT}${req.url}`, { method: req.method, headers, body });
}

async function send(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  response.headers.forEach((v, k) => res.setHeader(k, v));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * POST /api/v1/bookings as app/api/v1/bookings/route.ts composes it for a bearer token (withAuth's bearer branch:
 * verify the token, load the actor, count the token's rate limit), without importing the route module: its auth
 * import pulls in next-auth, which needs Next's React runtime.
 */
async function bookingRoute() {
  const { readJson } = await import("../lib/api/body");
  const { errorResponse } = await import("../lib/api/errors");
  const { withIdempotency } = await import("../lib/api/idempotency");
  const { verifySignedApiToken } = await import("../lib/auth/api-tokens");
  const { loadTokenActor } = await import("../lib/auth/load-actor");
  const { toBookingDto, toPaymentDto } = await import("../lib/bookings/booking-dto");
  const { createBooking } = await import("../lib/bookings/create-booking");
  const { CreateBookingInput } = await import("../lib/bookings/schemas");
  const { limitBearerToken, limitBookingCreation } = await import("../lib/rate-limit/limits");
  return async (req: Request) => {
    try {
      // as lib/auth/authenticate.ts: the signature, then revocation, user and token version in one query
      const token = await verifySignedApiToken((req.headers.get("authorization") ?? "").replace(/^Bearer\s+/i, ""));
      const actor = await loadTokenActor(token);
      if (!actor) throw new Error("inactive");
      await limitBearerToken(token.jti, req.method);
      const input = await readJson(req, CreateBookingInput);
      return await withIdempotency(req, actor, input, async () => {
        await limitBookingCreation(actor.id);
        const { booking, payment } = await createBooking(actor, input);
        return Response.json(
          { booking: toBookingDto(booking), payment: toPaymentDto(payment, { forOwner: true }) },
          { status: 201 },
        );
      });
    } catch (error) {
      return errorResponse(error, { method: "POST", path: "/api/v1/bookings" });
    }
  };
}

async function main() {
  const appProxy = await startCountingProxy({ host: dbUrl.hostname, port: Number(dbUrl.port) });
  const runnerProxy = await startCountingProxy({ host: dbUrl.hostname, port: Number(dbUrl.port) });
  const keys = { INNGEST_SIGNING_KEY: newSigningKey(), INNGEST_EVENT_KEY: newEventKey() };
  Object.assign(process.env, keys, {
    DATABASE_URL: viaProxy(appProxy.port),
    APP_URL: `http://127.0.0.1:${APP_PORT}`,
    STRIPE_LOCAL_PORT: String(STRIPE_PORT),
    INNGEST_BASE_URL: `http://127.0.0.1:${RUNNER_PORT}`,
    TRAVELLR_LOCAL: "1",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "profile-secret-profile-secret-profile-secret",
    LOG_LEVEL: "warn",
  });
  const bookingsPost = await bookingRoute();
  const webhook = await import("../app/api/webhooks/stripe/route");
  const { serve } = await import("inngest/node");
  const { inngest } = await import("../lib/inngest/client");
  const { functions } = await import("../lib/inngest/functions");
  const inngestHandler = serve({ client: inngest, functions, enableUnauthedSync: false });
  const app = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (path === "/api/inngest") return void inngestHandler(req, res);
    void (async () => {
      const request = await toRequest(req);
      if (path === "/api/v1/bookings") return send(res, await bookingsPost(request));
      if (path === "/api/webhooks/stripe") return send(res, await webhook.POST(request));
      res.statusCode = 404;
      res.end();
    })();
  });
  await new Promise<void>((r) => app.listen(APP_PORT, "127.0.0.1", r));
  const stand = service("stripe", STRIPE_PORT, `http://127.0.0.1:${APP_PORT}/api/webhooks/stripe`, "", keys);
  const runner = service(
    "runner",
    RUNNER_PORT,
    `http://127.0.0.1:${APP_PORT}/api/inngest`,
    viaProxy(runnerProxy.port),
    keys,
  );
  await Promise.all([stand.ready, runner.ready]);
  console.error("profile: services ready");

  const direct = new pg.Client({ connectionString: dbUrl.toString() });
  await direct.connect();
  await direct.query(
    `INSERT INTO users (id, email, "passwordHash", name, role, "updatedAt") VALUES ('profile-vendor', 'profile-vendor@example.com', 'x', 'Profile Vendor', 'vendor', now()) ON CONFLICT DO NOTHING`,
  );
  await direct.query(`INSERT INTO trips (id, "vendorId", title, description, city, country, "pricePerSeat", currency, "durationDays", "cancellationPolicy", images, status, "updatedAt")
    VALUES ('profile-trip', 'profile-vendor', 'Profile Trek', 'A trip for the booking profile, long enough to pass validation.', 'Lisbon', 'Portugal', 12000, 'usd', 2, 'flexible', '{}', 'published', now()) ON CONFLICT DO NOTHING`);
  await direct.query(
    `INSERT INTO departures (id, "tripId", "startsAt", "timeZone", capacity, "updatedAt") VALUES ('profile-dep', 'profile-trip', now() + interval '90 days', 'UTC', 1000000, now()) ON CONFLICT DO NOTHING`,
  );

  const base = `http://127.0.0.1:${APP_PORT}`;
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const { registerUser } = await import("../lib/users/register-user");
  const { issueApiToken } = await import("../lib/auth/api-tokens");
  const traveller = await registerUser({
    email: `profile-${Date.now()}@bench.travellr.dev`,
    password: "bench-password",
    name: "Profile Traveller",
  });
  const { token } = await issueApiToken(traveller.id);
  const { default: Stripe } = await import("stripe");
  const { LOCAL_STRIPE_SECRET_KEY } = await import("../lib/local-keys");
  const browserStripe = new Stripe(LOCAL_STRIPE_SECRET_KEY, { host: "127.0.0.1", port: STRIPE_PORT, protocol: "http" });

  const runsBusy = async (since: Date) =>
    Number(
      (
        await direct.query(
          `SELECT count(*) AS n FROM ${RUNS_TABLE} WHERE "createdAt" >= $1 AND status IN ('queued','running')`,
          [since],
        )
      ).rows[0].n,
    );
  const settle = async (since: Date) => {
    // warm-up and the registration's welcome run finish first, so the measurement holds one booking only
    for (let i = 0; i < 200 && (await runsBusy(since)) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1500));
  };

  async function oneBooking() {
    const res = await post("/api/v1/bookings", { departureId: "profile-dep", seats: 1 }, token);
    const { booking, payment } = (await res.json()) as {
      booking: { id: string };
      payment: { stripePaymentIntentId: string };
    };
    await browserStripe.paymentIntents.confirm(payment.stripePaymentIntentId, { payment_method: "pm_card_visa" });
    return booking.id;
  }
  if (process.env.PROFILE_LOAD) {
    // the same path under 16 concurrent clients, without Next.js: where the time goes when the bench is slow
    const { runLoad } = await import("./load");
    // one traveller per client: a single one would hit the 30-bookings-an-hour limit after 30 requests
    const tokens = await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        const user = await registerUser({
          email: `profile-load-${Date.now()}-${i}@bench.travellr.dev`,
          password: "bench-password",
          name: "Profile Traveller",
        });
        return (await issueApiToken(user.id)).token;
      }),
    );
    const load = await runLoad({
      base,
      concurrency: 16,
      durationMs: 5000,
      next: (i) => ({
        path: "/api/v1/bookings",
        method: "POST",
        body: JSON.stringify({ departureId: "profile-dep", seats: 1 }),
        headers: { "content-type": "application/json", authorization: `Bearer ${tokens[i % tokens.length]}` },
      }),
    });
    const { latencies: _l, ...rest } = load;
    console.log("POST /api/v1/bookings without Next.js, 16 connections:", rest);
  }
  const t0 = new Date();
  console.error("profile: warm-up booking");
  await oneBooking(); // warm-up: JIT, connection pools, the runner's sync
  await settle(t0);

  // the runner polls the database on a timer: measure that idle cost over a quiet second and subtract it
  runnerProxy.reset();
  await new Promise((r) => setTimeout(r, 2000));
  const idleRunnerPerMs = runnerProxy.counts.total / 2000;

  for (const p of [appProxy, runnerProxy]) p.reset();
  for (const k of Object.keys(appRequests)) delete appRequests[k];
  await Promise.all([stand.ask("reset"), runner.ask("reset")]);
  const cpu0 = {
    app: process.cpuUsage(),
    stand: (await stand.ask("report")).cpu,
    runner: (await runner.ask("report")).cpu,
    pg: postgresCpuMs() ?? 0,
  };
  const started = Date.now();
  const since = new Date();
  const bookingId = await oneBooking();
  for (let i = 0; i < 300; i++) {
    const { rows } = await direct.query(`SELECT status FROM bookings WHERE id = $1`, [bookingId]);
    if (rows[0]?.status === "confirmed") break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await settle(since);
  const elapsed = Date.now() - started;
  const [s, r] = [await stand.ask("report"), await runner.ask("report")];
  const ms = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => Math.round((b.user + b.system - a.user - a.system) / 1000);
  const cpu = {
    app: ms(cpu0.app, process.cpuUsage()),
    standIn: ms(cpu0.stand, s.cpu),
    runner: ms(cpu0.runner, r.cpu),
    postgres: Math.round((postgresCpuMs() ?? 0) - cpu0.pg),
  };
  const { rows: runs } = await direct.query(
    `SELECT "functionId", status FROM ${RUNS_TABLE} WHERE "createdAt" >= $1 ORDER BY "createdAt"`,
    [since],
  );

  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`\n=== one booking, end to end (window ${elapsed} ms, including a 1.5 s quiet tail) ===`);
  console.log("runs:", runs.map((x) => `${x.functionId}(${x.status})`).join(", "));
  console.log("HTTP served by the app:", appRequests);
  console.log("HTTP served by the Stripe stand-in:", s.requests);
  console.log("HTTP served by the Inngest runner:", r.requests);
  const idle = Math.round(idleRunnerPerMs * elapsed);
  console.log(
    `SQL statements: app ${appProxy.counts.total}, runner ${runnerProxy.counts.total} (of which ~${idle} idle polling)`,
  );
  console.log("app SQL by statement:");
  for (const [sql, n] of sorted(appProxy.counts.bySql)) console.log(`  ${String(n).padStart(3)}  ${sql}`);
  console.log("runner SQL by statement:");
  for (const [sql, n] of sorted(runnerProxy.counts.bySql)) console.log(`  ${String(n).padStart(3)}  ${sql}`);
  console.log("CPU ms:", cpu);
  const totalHttp = [appRequests, s.requests, r.requests].flatMap((x) => Object.values(x)).reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify({
      httpTotal: totalHttp,
      sqlApp: appProxy.counts.total,
      sqlRunner: runnerProxy.counts.total,
      sqlRunnerIdle: idle,
      cpu,
    }),
  );
  await direct.end();
  stand.stop();
  runner.stop();
  app.close();
  process.exit(0);
}

void main();
