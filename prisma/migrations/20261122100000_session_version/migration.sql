-- Browser sessions carry the version they were issued under. Logging out or deactivating bumps it, which ends every
-- session of that user at once (the session check compares the two on each request).
ALTER TABLE "users" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
