// Starts what Travellr needs on this machine: each cloud service is replaced by its local stand-in when its
// configuration is absent, and the real service is used as soon as it is configured.
import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import { seedDemoData } from "../prisma/seed";
import { runnerListening, startRunner } from "./inngest-runner/server";
import { newEventKey, newSigningKey } from "./inngest-runner/signing";
import { STRIPE_WEBHOOK_EVENTS } from "../lib/payments/webhook-events";
import { LOCAL_STRIPE_WEBHOOK_SECRET, startStripeStandIn, stripeStandInListening } from "./stripe/server";
import { applyMigrations } from "./migrate";
import { scriptClient } from "./script-db";
import { embeddedUrl, ensureDatabase, recreateDatabase, startEmbeddedPostgres } from "./postgres";

export interface Services {
  env: Record<string, string>;
  stop(): Promise<void>;
}

export const log = (m: string) => console.log(`\x1b[36m[travellr]\x1b[0m ${m}`);

/** Loads .env files the way Next.js does, so scripts and the app see the same configuration. */
export function loadDotEnv(dev: boolean) {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });
}

function localAuthSecret(): string {
  const file = path.resolve(".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** A secret generated once into .data/<name> and kept, so restarts, a reused runner and the app agree on it. */
function localKeyFile(name: string, generate: () => string): string {
  const file = path.resolve(".data", name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // written aside then linked into place: when two processes start at once, the first complete key wins
    const draft = `${file}.${process.pid}.tmp`;
    writeFileSync(draft, generate(), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  return readFileSync(file, "utf8").trim();
}

export async function startServices(options: {
  database: string;
  port?: number;
  freshDatabase?: boolean;
  /** start the Stripe stand-in with no objects even when the database is kept */
  freshStripe?: boolean;
  inngestPort?: number;
  stripePort?: number;
}): Promise<Services> {
  const stops: (() => Promise<void>)[] = [];
  const env: Record<string, string> = {};

  let url = process.env.DATABASE_URL;
  if (!url) {
    const pg = await startEmbeddedPostgres(log);
    if (pg.owned) stops.push(pg.stop);
    url = embeddedUrl(options.database);
    if (options.freshDatabase) await recreateDatabase(url);
    else await ensureDatabase(url);
  }
  env.DATABASE_URL = url;
  await applyMigrations(url, log);

  env.AUTH_SECRET = process.env.AUTH_SECRET ?? localAuthSecret();
  // tells the app that the npm scripts started it, which enables the developer pages (/dev/mail, /dev/runs)
  env.TRAVELLR_LOCAL = "1";
  const port = options.port ?? Number(process.env.PORT ?? 3000);
  env.PORT = String(port);
  env.APP_URL = process.env.APP_URL ?? `http://localhost:${port}`;
  // no AUTH_URL default: Auth.js then reads each request's protocol (X-Forwarded-Proto behind a TLS proxy), so session
  // cookies are Secure and __Secure- prefixed whenever the site is reached over https

  // Stripe: the real API with STRIPE_SECRET_KEY, else the local stand-in that the same SDK talks to
  if (!process.env.STRIPE_SECRET_KEY) {
    const stripePort = options.stripePort ?? Number(process.env.STRIPE_LOCAL_PORT ?? 12111);
    if (await stripeStandInListening(stripePort)) {
      log(`reusing the local Stripe stand-in on port ${stripePort}`);
    } else {
      const dataFile = path.resolve(`.data/stripe-${options.database}.json`);
      if (options.freshDatabase || options.freshStripe) rmSync(dataFile, { force: true });
      const standIn = await startStripeStandIn({
        port: stripePort,
        webhookUrl: `http://localhost:${port}/api/webhooks/stripe`,
        webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? LOCAL_STRIPE_WEBHOOK_SECRET,
        // as a Stripe endpoint set up by the README: only the types the app handles are delivered
        enabledEvents: STRIPE_WEBHOOK_EVENTS,
        dataFile,
        log: (m) => log(`stripe: ${m}`),
      });
      stops.push(() => standIn.stop());
      log(`local Stripe stand-in on ${standIn.url}`);
    }
    env.STRIPE_LOCAL_PORT = String(stripePort);
  }

  // Inngest: cloud (event + signing key), self-hosted (INNGEST_BASE_URL + keys) or, with neither, the local runner.
  // The app talks to the runner in the SDK's cloud mode with keys generated into .data/, so /api/inngest verifies
  // the runner's signatures exactly as it verifies Inngest Cloud's; INNGEST_LOCAL_RUNNER=1 enables /dev/runs.
  if (!process.env.INNGEST_EVENT_KEY && !process.env.INNGEST_BASE_URL) {
    const runnerPort = options.inngestPort ?? Number(process.env.INNGEST_LOCAL_PORT ?? 8288);
    const signingKey = localKeyFile("inngest-signing-key", newSigningKey);
    const eventKey = localKeyFile("inngest-event-key", newEventKey);
    const listening = await runnerListening(runnerPort, signingKey);
    if (listening === "ours") {
      log(`reusing the local Inngest runner on port ${runnerPort}`);
    } else if (listening === "foreign") {
      log(
        `WARNING: the Inngest runner on port ${runnerPort} signs with another key (another checkout, or started before runs were signed): /api/inngest refuses its calls. Stop it, or set INNGEST_LOCAL_PORT to another port.`,
      );
    } else {
      const runner = await startRunner({
        port: runnerPort,
        appUrl: `http://localhost:${port}/api/inngest`,
        databaseUrl: url,
        signingKey,
        eventKey,
        backoffMs: Number(process.env.INNGEST_LOCAL_BACKOFF_MS ?? 1000),
        log: (m) => log(`inngest: ${m}`),
      });
      stops.push(runner.stop);
      log(`local Inngest runner on ${runner.url} (runs at /dev/runs)`);
    }
    Object.assign(env, {
      INNGEST_BASE_URL: `http://127.0.0.1:${runnerPort}`,
      INNGEST_SIGNING_KEY: signingKey,
      INNGEST_EVENT_KEY: eventKey,
      INNGEST_LOCAL_RUNNER: "1",
    });
  }

  Object.assign(process.env, env);
  return {
    env,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch((e) => log(`stop failed: ${String(e)}`));
    },
  };
}

/** Seeds the demo data into an empty database (a database with any user is left alone). */
export async function seedIfEmpty(url: string) {
  const db = scriptClient(url);
  try {
    const result = await seedDemoData(db);
    if (result.seeded) log(`seeded demo data: ${result.trips} trips, ${result.departures} departures`);
  } finally {
    await db.$disconnect();
  }
}
