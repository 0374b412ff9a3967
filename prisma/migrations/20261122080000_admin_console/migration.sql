-- CreateIndex
CREATE INDEX "ledger_entries_account_createdAt_idx" ON "ledger_entries"("account", "createdAt");

-- CreateIndex
CREATE INDEX "bookings_createdAt_idx" ON "bookings"("createdAt");

-- No query looks journals up by id (reconcile groups them all): one index less on every money write
DROP INDEX "ledger_entries_journalId_idx";
