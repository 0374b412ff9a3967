-- This migration once created the local Inngest runner tables in the public schema. They are no part of the product:
-- the local runner (local/inngest-runner/schema.ts) now creates its own tables in its own schema when it starts, so a
-- production database never gets them. The file stays because databases record it as applied, and
-- 20261122130000_drop_local_runner_tables removes what the old version created.
SELECT 1;
