-- Content that sells a trip: a day-by-day itinerary (a JSON array of day, title, description objects, validated by
-- zod in lib/trips/schemas.ts), the meeting point, what is and is not included, the largest group and the guide
-- languages (ISO 639-1 codes). Existing trips get empty lists and no meeting point or group size.
ALTER TABLE "trips" ADD COLUMN "itinerary" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "meetingPoint" TEXT,
ADD COLUMN "included" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "notIncluded" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "maxGroupSize" INTEGER,
ADD COLUMN "languages" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

ALTER TABLE "trips" ADD CONSTRAINT "trips_itinerary_array" CHECK (jsonb_typeof("itinerary") = 'array');
ALTER TABLE "trips" ADD CONSTRAINT "trips_max_group_size_positive" CHECK ("maxGroupSize" IS NULL OR "maxGroupSize" > 0);
