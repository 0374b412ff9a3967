// Guard for integration tests (*.integration.test.ts, see vitest.config.ts): they write to the database, so they only
// ever run against a local database whose name says it is for tests.
const url = process.env.DATABASE_URL;
if (!url)
  throw new Error(
    "DATABASE_URL is not set: run the integration tests with `npm test`, which starts a local test database",
  );
const { hostname, pathname } = new URL(url);
if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(hostname) || !pathname.includes("test")) {
  throw new Error(
    `Refusing to run tests against ${hostname}${pathname}: use a local database whose name contains "test"`,
  );
}
