// `npm test`: format check, lint, type-check, Vitest (unit + integration against a real PostgreSQL), then a production build
// served to Playwright's api and ui projects in Chromium. Exits non-zero when any step fails and ends with one
// "N passed, N failed" line counting every test.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { log, seedIfEmpty, startServices } from "./services";

const TEST_DB = "travellr_test";
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

function run(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  log(`▶ ${name}`);
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code) => {
      log(`${code === 0 ? "✔" : "✘"} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      resolve(code === 0);
    });
  });
}

function readCounts(file: string, kind: "vitest" | "playwright"): { passed: number; failed: number; skipped: number } {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (kind === "vitest") {
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  }
  const s = report.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

export async function runTests(args: string[]): Promise<number> {
  const only = new Set(args);
  const want = (step: string) => only.size === 0 || only.has(step);
  const results: boolean[] = [];

  if (want("format"))
    results.push(await run("format", "node_modules/.bin/prettier", ["--check", "--log-level=warn", "."]));
  if (want("lint")) results.push(await run("lint", "node_modules/.bin/eslint", ["--max-warnings=0", "."]));
  if (want("typecheck")) results.push(await run("typecheck", "node_modules/.bin/tsc", ["--noEmit"]));

  // Tests always run against a local database of their own: tests/support/database-guard.ts refuses anything else.
  const explicit = process.env.TEST_DATABASE_URL;
  delete process.env.DATABASE_URL;
  if (explicit) process.env.DATABASE_URL = explicit;
  const services = await startServices({
    database: TEST_DB,
    port: E2E_PORT,
    freshDatabase: !explicit,
    inngestPort: Number(process.env.INNGEST_TEST_PORT ?? 8289),
    stripePort: Number(process.env.STRIPE_TEST_PORT ?? 12112),
  });
  await seedIfEmpty(services.env.DATABASE_URL);
  // the e2e suite registers ~50 users from one loopback address; the rate-limit spec reads the limit from the headers
  const env = {
    ...process.env,
    ...services.env,
    NODE_ENV: "test" as const,
    NEXT_DIST_DIR: ".next-test",
    LOG_LEVEL: "warn",
    RATE_LIMIT_REGISTER_PER_HOUR: "1000",
    // photos uploaded by the tests stay apart from the dev server's: the housekeeping cron deletes photos that no trip
    // of *its* database uses, and the test database is not the dev database
    UPLOADS_DIR: ".data/uploads-test",
  };

  rmSync(".data/reports", { recursive: true, force: true });
  try {
    if (want("unit")) {
      results.push(
        await run(
          "vitest",
          "node_modules/.bin/vitest",
          [
            "run",
            "--reporter=default",
            "--reporter=json",
            "--outputFile.json=.data/reports/vitest.json",
            ...(process.env.VITEST_FILTER ? [process.env.VITEST_FILTER] : []),
          ],
          env,
        ),
      );
    }
    if (want("e2e")) {
      const built = await run("next build (for e2e)", "node_modules/.bin/next", ["build"], {
        ...env,
        NODE_ENV: "production",
      });
      results.push(built);
      if (built)
        results.push(
          await run(
            "playwright",
            "node_modules/.bin/playwright",
            ["test", ...(process.env.E2E_GREP ? ["--grep", process.env.E2E_GREP] : [])],
            { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: ".data/reports/playwright.json" },
          ),
        );
    }
    if (want("e2e") || want("reconcile")) {
      // after every scenario of the suite, the money records must still reconcile to the cent, with Stripe too
      log("▶ reconcile (ledger ⇄ payments ⇄ Stripe)");
      const { runReconcile } = await import("./reconcile");
      const ok = (await runReconcile(services.env.DATABASE_URL)) === 0;
      log(`${ok ? "✔" : "✘"} reconcile`);
      results.push(ok);
    }
  } finally {
    await services.stop();
  }

  const v = readCounts(".data/reports/vitest.json", "vitest");
  const p = readCounts(".data/reports/playwright.json", "playwright");
  const failedSteps = results.filter((r) => !r).length;
  const passed = v.passed + p.passed;
  const failed = v.failed + p.failed;
  console.log(
    `\nvitest: ${v.passed} passed, ${v.failed} failed · playwright: ${p.passed} passed, ${p.failed} failed · failed steps: ${failedSteps}`,
  );
  console.log(
    `${passed} passed, ${failed + (failed === 0 && failedSteps > 0 ? failedSteps : 0)} failed${v.skipped + p.skipped ? `, ${v.skipped + p.skipped} skipped` : ""}`,
  );
  return failedSteps === 0 && failed === 0 ? 0 : 1;
}
