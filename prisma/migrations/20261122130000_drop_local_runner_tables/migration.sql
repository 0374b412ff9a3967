-- Databases created before the local runner kept its tables in a schema of its own still have them in public (created
-- by the first version of 20261122013006_local_inngest_runner). The runner no longer reads them: its runs now live in
-- the local_inngest_runner schema, which it creates itself.
DROP TABLE IF EXISTS "local_inngest_runs";
DROP TABLE IF EXISTS "local_inngest_events";
DROP TYPE IF EXISTS "LocalRunStatus";
