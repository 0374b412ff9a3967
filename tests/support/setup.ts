// Every test file: the defaults server code expects. The database guard (database-guard.ts) is for integration tests only.
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
