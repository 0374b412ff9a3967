-- Reviews of completed bookings (one per booking) and the rating each trip carries. The trip keeps the sum and the
-- number of its visible reviews, maintained by a row trigger on reviews in the same transaction as the review write,
-- so concurrent reviews of one trip serialize on the trip row and the aggregate is never recomputed by a scan.
-- Function bodies are E-strings with \073 for each semicolon: the migration runner splits statements at every semicolon.
ALTER TABLE "trips" ADD COLUMN "ratingCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "ratingSum" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "trips" ADD CONSTRAINT "trips_rating_range" CHECK ("ratingCount" >= 0 AND "ratingSum" BETWEEN "ratingCount" AND 5 * "ratingCount");

CREATE TABLE "reviews" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "tripId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    "reply" TEXT,
    "repliedAt" TIMESTAMPTZ(3),
    "repliedById" TEXT,
    "hiddenAt" TIMESTAMPTZ(3),
    "hiddenById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reviews_rating_range" CHECK ("rating" BETWEEN 1 AND 5),
    CONSTRAINT "reviews_comment_length" CHECK (char_length("comment") BETWEEN 10 AND 2000),
    CONSTRAINT "reviews_reply_length" CHECK ("reply" IS NULL OR char_length("reply") BETWEEN 2 AND 2000),
    CONSTRAINT "reviews_reply_dated" CHECK (("reply" IS NULL) = ("repliedAt" IS NULL))
);

CREATE UNIQUE INDEX "reviews_bookingId_key" ON "reviews"("bookingId");

CREATE INDEX "reviews_tripId_createdAt_id_idx" ON "reviews"("tripId", "createdAt", "id");

CREATE INDEX "reviews_userId_idx" ON "reviews"("userId");

ALTER TABLE "reviews" ADD CONSTRAINT "reviews_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "reviews" ADD CONSTRAINT "reviews_tripId_fkey" FOREIGN KEY ("tripId") REFERENCES "trips"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "reviews" ADD CONSTRAINT "reviews_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A visible review adds its stars to its trip, a hidden one does not: every insert, edit, hide, unhide and delete
-- moves the trip totals by the difference between the old and the new row.
CREATE FUNCTION "reviews_rate_trip"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  old_sum integer := 0\073
  old_count integer := 0\073
  new_sum integer := 0\073
  new_count integer := 0\073
BEGIN
  IF TG_OP <> ''INSERT'' AND OLD."hiddenAt" IS NULL THEN
    old_sum := OLD."rating"\073
    old_count := 1\073
  END IF\073
  IF TG_OP <> ''DELETE'' AND NEW."hiddenAt" IS NULL THEN
    new_sum := NEW."rating"\073
    new_count := 1\073
  END IF\073
  IF TG_OP = ''UPDATE'' AND OLD."tripId" = NEW."tripId" THEN
    IF new_sum <> old_sum OR new_count <> old_count THEN
      UPDATE "trips" SET "ratingSum" = "ratingSum" + new_sum - old_sum, "ratingCount" = "ratingCount" + new_count - old_count WHERE "id" = NEW."tripId"\073
    END IF\073
    RETURN NULL\073
  END IF\073
  IF old_count > 0 THEN
    UPDATE "trips" SET "ratingSum" = "ratingSum" - old_sum, "ratingCount" = "ratingCount" - old_count WHERE "id" = OLD."tripId"\073
  END IF\073
  IF new_count > 0 THEN
    UPDATE "trips" SET "ratingSum" = "ratingSum" + new_sum, "ratingCount" = "ratingCount" + new_count WHERE "id" = NEW."tripId"\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER "reviews_rate_trip" AFTER INSERT OR DELETE OR UPDATE OF "rating", "hiddenAt", "tripId" ON "reviews" FOR EACH ROW EXECUTE FUNCTION "reviews_rate_trip"();

-- search sort=rating: best average first, then most reviews, unrated trips last (the same expression as the query)
CREATE INDEX "trips_rating_idx" ON "trips" ("status", (("ratingSum"::float8 / NULLIF("ratingCount", 0))) DESC NULLS LAST, "ratingCount" DESC);
