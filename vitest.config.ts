import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

// Two projects. Unit tests touch no database, so `vitest run lib` runs anywhere in seconds. Integration tests
// (`*.integration.test.ts`: anything that reads or writes PostgreSQL) are the only ones the database guard holds.
const INTEGRATION = "{lib,local,tests}/**/*.integration.test.ts";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // Next.js resolves server-only to an empty module on the server; tests run server code directly
      "server-only": path.join(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "local/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, INTEGRATION],
          setupFiles: ["tests/support/setup.ts"],
          // lib/env.ts requires a DATABASE_URL even where nothing connects; without one, a unit test that did try to
          // reach a database fails at once on a host that can never resolve
          env: { DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://unit-tests-have-no-database.invalid/none" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: [INTEGRATION],
          setupFiles: ["tests/support/setup.ts", "tests/support/database-guard.ts"],
        },
      },
    ],
  },
});
