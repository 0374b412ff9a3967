-- A refund that re-sends one Stripe reported as failed points at it through "retryOfId". The column is unique, so a
-- failed refund has at most one replacement even when two runs of the retry job race: the second insert fails.
-- Until now the link was written into "reason" as retry:<attempt>:<failed refund id>.
ALTER TABLE "refunds" ADD COLUMN "retryOfId" TEXT;

-- Backfill from that text: the earliest replacement of each failed refund keeps the link (the old code made one).
UPDATE "refunds" r SET "retryOfId" = s."parentId"
FROM (
  SELECT DISTINCT ON (split_part("reason", ':', 3)) "id", split_part("reason", ':', 3) AS "parentId"
  FROM "refunds" WHERE "reason" ~ '^retry:[0-9]+:.+'
  ORDER BY split_part("reason", ':', 3), "createdAt", "id"
) s
WHERE r."id" = s."id" AND EXISTS (SELECT 1 FROM "refunds" p WHERE p."id" = s."parentId");

-- A replacement carries the reason of the refund at the head of its chain (e.g. cancelled_by_traveller), as new
-- replacements do: the booking page shows that reason, not the bookkeeping.
WITH RECURSIVE chain AS (
  SELECT "id", "reason" AS "rootReason" FROM "refunds" WHERE "retryOfId" IS NULL
  UNION ALL
  SELECT r."id", c."rootReason" FROM "refunds" r JOIN chain c ON r."retryOfId" = c."id"
)
UPDATE "refunds" r SET "reason" = c."rootReason"
FROM chain c
WHERE r."id" = c."id" AND r."retryOfId" IS NOT NULL;

CREATE UNIQUE INDEX "refunds_retryOfId_key" ON "refunds"("retryOfId");

ALTER TABLE "refunds" ADD CONSTRAINT "refunds_retryOfId_fkey" FOREIGN KEY ("retryOfId") REFERENCES "refunds"("id") ON DELETE SET NULL ON UPDATE CASCADE;
