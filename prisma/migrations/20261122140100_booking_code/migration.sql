-- A short human booking code for emails, receipts and support: TRV- and 6 characters from an alphabet without 0, O,
-- 1, I and L (31 characters, about 887 million codes). createBooking draws it in the app with crypto randomness and
-- draws again on a unique collision. The column default is for every other writer (raw inserts, benchmarks,
-- fixtures). Function bodies are E-strings with \073 for each semicolon because the migration runner splits
-- statements at every semicolon.

-- One random code. Bytes 0 to 5 and 10 to 15 of a version 4 UUID are strongly random, and two bytes per character keep
-- the modulo bias below 1 in 2000.
CREATE FUNCTION "booking_code_candidate"() RETURNS TEXT LANGUAGE plpgsql VOLATILE AS E'
DECLARE
  alphabet CONSTANT TEXT := ''23456789ABCDEFGHJKMNPQRSTUVWXYZ''\073
  bytes BYTEA := uuid_send(gen_random_uuid())\073
  candidate TEXT := ''TRV-''\073
BEGIN
  FOR i IN 0..5 LOOP
    candidate := candidate || substr(alphabet, 1 + ((get_byte(bytes, i) * 256 + get_byte(bytes, i + 10)) % 31), 1)\073
  END LOOP\073
  RETURN candidate\073
END ';

-- A code no booking has yet (the default). enable_seqscan is off inside it: PL/pgSQL caches the plan of the lookup,
-- and a plan made while the table was tiny (a sequential scan) would be kept while one statement inserts many rows.
CREATE FUNCTION "booking_code"() RETURNS TEXT LANGUAGE plpgsql VOLATILE SET enable_seqscan = off AS E'
DECLARE
  candidate TEXT\073
BEGIN
  LOOP
    candidate := "booking_code_candidate"()\073
    EXIT WHEN NOT EXISTS (SELECT 1 FROM "bookings" WHERE "code" = candidate)\073
  END LOOP\073
  RETURN candidate\073
END ';

ALTER TABLE "bookings" ADD COLUMN "code" TEXT;

-- Backfill set-based (no lookup per row: the unique index does not exist yet), then draw again for every duplicate
-- until none is left (a handful of rows per million) and only then build the unique index.
UPDATE "bookings" SET "code" = "booking_code_candidate"() WHERE "code" IS NULL;

DO E'
BEGIN
  LOOP
    UPDATE "bookings" b SET "code" = "booking_code_candidate"()
    FROM (
      SELECT "id" FROM (SELECT "id", row_number() OVER (PARTITION BY "code" ORDER BY "id") AS n FROM "bookings") ranked
      WHERE n > 1
    ) dup
    WHERE b."id" = dup."id"\073
    EXIT WHEN NOT FOUND\073
  END LOOP\073
END ';

ALTER TABLE "bookings" ALTER COLUMN "code" SET NOT NULL;
ALTER TABLE "bookings" ALTER COLUMN "code" SET DEFAULT "booking_code"();

CREATE UNIQUE INDEX "bookings_code_key" ON "bookings"("code");
