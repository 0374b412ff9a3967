-- Daily analytics counters, kept exact by statement triggers in the same transaction as the rows they count, so the
-- admin analytics read a few thousand counter rows instead of every ledger entry and booking. Each writer adds to
-- one of 8 shards (by backend) so concurrent writers rarely wait on the same counter row. Function bodies are
-- E-strings with \073 for each semicolon: the migration runner splits statements at every semicolon.
CREATE TABLE "analytics_daily_money" (
    "day" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "tripId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "shard" SMALLINT NOT NULL,
    "gmv" BIGINT NOT NULL DEFAULT 0,
    "charges" INTEGER NOT NULL DEFAULT 0,
    "refunds" BIGINT NOT NULL DEFAULT 0,
    "revenue" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "analytics_daily_money_pkey" PRIMARY KEY ("day", "currency", "tripId", "shard")
);

CREATE TABLE "analytics_daily_bookings" (
    "day" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "shard" SMALLINT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "analytics_daily_bookings_pkey" PRIMARY KEY ("day", "currency", "kind", "shard")
);

CREATE FUNCTION "analytics_count_money"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "analytics_daily_money" AS m ("day", "currency", "tripId", "vendorId", "shard", "gmv", "charges", "refunds", "revenue")
  SELECT (n."createdAt" AT TIME ZONE ''UTC'')::date, n."currency", b."tripId", max(t."vendorId"), (pg_backend_pid() % 8)::smallint,
    COALESCE(SUM(n."amount") FILTER (WHERE n."account" = ''cash'' AND n."kind" = ''charge''), 0),
    COUNT(*) FILTER (WHERE n."account" = ''cash'' AND n."kind" = ''charge''),
    COALESCE(SUM(-n."amount") FILTER (WHERE n."account" = ''cash'' AND n."kind" = ''refund''), 0),
    COALESCE(SUM(-n."amount") FILTER (WHERE n."account" = ''platform_revenue''), 0)
  FROM new_rows n JOIN "bookings" b ON b."id" = n."bookingId" JOIN "trips" t ON t."id" = b."tripId"
  WHERE n."account" IN (''cash'', ''platform_revenue'')
  GROUP BY 1, 2, 3
  ON CONFLICT ("day", "currency", "tripId", "shard") DO UPDATE
    SET "gmv" = m."gmv" + EXCLUDED."gmv", "charges" = m."charges" + EXCLUDED."charges", "refunds" = m."refunds" + EXCLUDED."refunds", "revenue" = m."revenue" + EXCLUDED."revenue"\073
  RETURN NULL\073
END ';

CREATE TRIGGER "ledger_entries_analytics" AFTER INSERT ON "ledger_entries" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_count_money"();

-- kinds: each booking status (a booking counts once, under its current status) and confirmed_ever (it was paid)
CREATE FUNCTION "analytics_count_bookings"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "analytics_daily_bookings" AS c ("day", "currency", "kind", "shard", "n")
    SELECT x."day", x."currency", x."kind", (pg_backend_pid() % 8)::smallint, COUNT(*) FROM (
      SELECT ("createdAt" AT TIME ZONE ''UTC'')::date AS "day", "currency", "status"::text AS "kind" FROM new_rows
      UNION ALL
      SELECT ("createdAt" AT TIME ZONE ''UTC'')::date, "currency", ''confirmed_ever'' FROM new_rows WHERE "confirmedAt" IS NOT NULL
    ) x GROUP BY 1, 2, 3
    ON CONFLICT ("day", "currency", "kind", "shard") DO UPDATE SET "n" = c."n" + EXCLUDED."n"\073
  ELSE
    INSERT INTO "analytics_daily_bookings" AS c ("day", "currency", "kind", "shard", "n")
    SELECT x."day", x."currency", x."kind", (pg_backend_pid() % 8)::smallint, SUM(x."delta") FROM (
      SELECT (n."createdAt" AT TIME ZONE ''UTC'')::date AS "day", n."currency", n."status"::text AS "kind", 1 AS "delta"
      FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."status" <> o."status"
      UNION ALL
      SELECT (o."createdAt" AT TIME ZONE ''UTC'')::date, o."currency", o."status"::text, -1
      FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."status" <> o."status"
      UNION ALL
      SELECT (n."createdAt" AT TIME ZONE ''UTC'')::date, n."currency", ''confirmed_ever'', 1
      FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE o."confirmedAt" IS NULL AND n."confirmedAt" IS NOT NULL
    ) x GROUP BY 1, 2, 3 HAVING SUM(x."delta") <> 0
    ON CONFLICT ("day", "currency", "kind", "shard") DO UPDATE SET "n" = c."n" + EXCLUDED."n"\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER "bookings_analytics_insert" AFTER INSERT ON "bookings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_count_bookings"();
CREATE TRIGGER "bookings_analytics_update" AFTER UPDATE ON "bookings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics_count_bookings"();

-- counters for the rows that already exist
INSERT INTO "analytics_daily_money" ("day", "currency", "tripId", "vendorId", "shard", "gmv", "charges", "refunds", "revenue")
SELECT (e."createdAt" AT TIME ZONE 'UTC')::date, e."currency", b."tripId", max(t."vendorId"), 0,
  COALESCE(SUM(e."amount") FILTER (WHERE e."account" = 'cash' AND e."kind" = 'charge'), 0),
  COUNT(*) FILTER (WHERE e."account" = 'cash' AND e."kind" = 'charge'),
  COALESCE(SUM(-e."amount") FILTER (WHERE e."account" = 'cash' AND e."kind" = 'refund'), 0),
  COALESCE(SUM(-e."amount") FILTER (WHERE e."account" = 'platform_revenue'), 0)
FROM "ledger_entries" e JOIN "bookings" b ON b."id" = e."bookingId" JOIN "trips" t ON t."id" = b."tripId"
WHERE e."account" IN ('cash', 'platform_revenue')
GROUP BY 1, 2, 3;

INSERT INTO "analytics_daily_bookings" ("day", "currency", "kind", "shard", "n")
SELECT x."day", x."currency", x."kind", 0, COUNT(*) FROM (
  SELECT ("createdAt" AT TIME ZONE 'UTC')::date AS "day", "currency", "status"::text AS "kind" FROM "bookings"
  UNION ALL
  SELECT ("createdAt" AT TIME ZONE 'UTC')::date, "currency", 'confirmed_ever' FROM "bookings" WHERE "confirmedAt" IS NOT NULL
) x GROUP BY 1, 2, 3;
