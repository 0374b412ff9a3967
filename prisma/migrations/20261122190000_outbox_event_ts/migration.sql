-- When the functions an outbox event triggers should start (Inngest's event "ts"): null means now. The hold-expiry
-- event is sent with the hold's end, so Inngest starts that run then, with no call before it to schedule a sleep.
ALTER TABLE "event_outbox" ADD COLUMN "ts" TIMESTAMPTZ(3);
