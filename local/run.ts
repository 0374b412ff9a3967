// Entry point of the npm scripts. Local mode (dev, preview, test, db:seed…) starts the local stand-ins that are not
// configured, prepares the database, runs the command, and stops what it started when the command ends. `start` is
// production: it checks that every service is configured, refuses to run otherwise, and never starts a stand-in.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { formatMissing, missingProductionConfig } from "../lib/production-config";
import { loadDotEnv, log, seedIfEmpty, type Services, startServices } from "./services";
import { createMigration } from "./new-migration";
import { runTests } from "./test-runner";

const BIN = (name: string) => `node_modules/.bin/${name}`;

/** Runs a long-lived child and stops it (then the services) on Ctrl-C or SIGTERM. */
function supervise(child: ChildProcess, services?: Services): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log(`stopping (${signal})…`);
      if (child.exitCode === null) child.kill("SIGTERM");
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
    child.on("exit", async (code) => {
      await services?.stop();
      log("stopped cleanly");
      resolve(code ?? 0);
    });
  });
}

const hasBuild = () => existsSync(`${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`);
const runNextBuild = () =>
  new Promise<number>((r) => spawn(BIN("next"), ["build"], { stdio: "inherit" }).on("exit", (c) => r(c ?? 1)));

/** `npm start`: production. Every service must be configured; nothing local is ever started. */
async function startProduction(): Promise<number> {
  loadDotEnv(false);
  delete process.env.TRAVELLR_LOCAL;
  const missing = missingProductionConfig(process.env);
  if (missing.length > 0) {
    console.error(formatMissing(missing));
    return 1;
  }
  if (!hasBuild()) {
    console.error("No production build found: run `npm run build` first.");
    return 1;
  }
  const port = process.env.PORT ?? "3000";
  log(`Travellr (production) on port ${port}`);
  return supervise(
    spawn(BIN("next"), ["start", "-p", port], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } }),
  );
}

async function main(command: string | undefined) {
  switch (command) {
    case "start":
      return startProduction();
    case "dev":
    case "preview": {
      // local mode: the production build (preview) or the dev server on the local stand-ins, with demo data
      const dev = command === "dev";
      loadDotEnv(dev);
      const services = await startServices({ database: "travellr" });
      await seedIfEmpty(services.env.DATABASE_URL);
      if (!dev && !hasBuild()) {
        log("no production build found: running `next build` first");
        const code = await runNextBuild();
        if (code !== 0) {
          await services.stop();
          return code;
        }
      }
      log(
        `Travellr on ${services.env.APP_URL}  (demo logins: admin@ / vendor@ / traveller@example.com, password travellr-demo)`,
      );
      const child = spawn(BIN("next"), [dev ? "dev" : "start", "-p", services.env.PORT], {
        stdio: "inherit",
        env: process.env,
      });
      return supervise(child, services);
    }
    case "migrate": {
      loadDotEnv(false);
      if (process.env.DATABASE_URL) {
        // a deployment step: only the configured database, no stand-in
        const { applyMigrations } = await import("./migrate");
        await applyMigrations(process.env.DATABASE_URL, log);
      } else {
        const services = await startServices({ database: "travellr" });
        await services.stop();
      }
      log("migrations are up to date");
      return 0;
    }
    case "seed": {
      loadDotEnv(true);
      const services = await startServices({ database: "travellr" });
      await seedIfEmpty(services.env.DATABASE_URL);
      await services.stop();
      return 0;
    }
    case "new-migration": {
      loadDotEnv(true);
      const services = await startServices({ database: "travellr" });
      try {
        await createMigration(process.argv[3] ?? "");
      } finally {
        await services.stop();
      }
      return 0;
    }
    case "bench": {
      loadDotEnv(false);
      delete process.env.DATABASE_URL;
      // the 100,000-trip catalogue is kept between runs; BENCH_FRESH=1 rebuilds it
      const services = await startServices({
        database: "travellr_bench",
        freshDatabase: process.env.BENCH_FRESH === "1",
        // every run books anew, so nothing needs the stand-in's objects of earlier runs; carried over, they only make
        // its snapshot (the whole state as JSON, written in the load generator's process) slower run after run
        freshStripe: true,
        inngestPort: 8290,
        stripePort: 12113,
        port: 3200,
      });
      try {
        const { runBenchmarks } = await import("../bench/run");
        await runBenchmarks(services.env.DATABASE_URL, services.env);
      } finally {
        await services.stop();
      }
      return 0;
    }
    case "reconcile": {
      loadDotEnv(true);
      const services = await startServices({ database: process.env.RECONCILE_DATABASE ?? "travellr" });
      try {
        const { runReconcile } = await import("./reconcile");
        return await runReconcile(services.env.DATABASE_URL);
      } finally {
        await services.stop();
      }
    }
    case "test":
      return runTests(process.argv.slice(3));
    default:
      console.error("usage: tsx local/run.ts dev|preview|start|test|migrate|seed|new-migration <name>|bench|reconcile");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
