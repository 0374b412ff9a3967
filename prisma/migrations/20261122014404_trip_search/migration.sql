-- Full-text search over trips: a stored generated tsvector (title and destination weighted above the description),
-- kept up to date by PostgreSQL itself, with a GIN index for ranked search.
ALTER TABLE "trips" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("city", '') || ' ' || coalesce("country", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("description", '')), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "trips_searchVector_idx" ON "trips" USING GIN ("searchVector");

-- Upcoming scheduled departures of a trip, for search filters and the soonest-first sort
CREATE INDEX "departures_upcoming_idx" ON "departures" ("tripId", "startsAt") WHERE "status" = 'scheduled';
