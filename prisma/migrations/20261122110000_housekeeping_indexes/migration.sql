-- The daily housekeeping job deletes processed Stripe events by "processedAt" in batches: without this index each
-- batch would scan the whole table (the only other index leads with "type")
CREATE INDEX "stripe_events_processedAt_idx" ON "stripe_events"("processedAt");
