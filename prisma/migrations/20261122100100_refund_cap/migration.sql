-- A payment can never be refunded more than was paid, whatever the application does. "refundReserved" is the sum of
-- the refunds of the payment that are not failed (pending ones included: their money is promised), kept by a row trigger on
-- refunds in the same transaction. The trigger adds with one conditional UPDATE of the payment row, which takes its row
-- lock and, under READ COMMITTED, re-checks its condition on the newest committed total: two refunds racing on one
-- payment serialise there, and the second sees the first. Going over the amount raises SQLSTATE TR409 with a message that
-- starts with refund_exceeds_payment, which the app turns into a 409. The CHECK is the backstop for direct writes.
-- Function bodies are E-strings with \073 for each semicolon: the migration runner splits statements at every one.
ALTER TABLE "payments" ADD COLUMN "refundReserved" INTEGER NOT NULL DEFAULT 0;

UPDATE "payments" p SET "refundReserved" = s."total"
FROM (SELECT "paymentId", SUM("amount")::integer AS "total" FROM "refunds" WHERE "status" <> 'failed' GROUP BY 1) s
WHERE s."paymentId" = p."id";

-- NOT VALID, then validated when the existing rows allow it: a database that already holds an over-refunded payment
-- still migrates (reconcile reports that payment), and every new write is checked either way.
ALTER TABLE "payments" ADD CONSTRAINT "payments_refunds_within_amount" CHECK ("refundReserved" >= 0 AND "refundReserved" <= "amount") NOT VALID;
DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM "payments" WHERE "refundReserved" < 0 OR "refundReserved" > "amount") THEN
    ALTER TABLE "payments" VALIDATE CONSTRAINT "payments_refunds_within_amount"\073
  END IF\073
END';

-- Only a change in what a refund counts touches the payment row: a status change from pending to succeeded counts the
-- same and takes no lock, so the order in which money handlers lock rows (booking, then payment) is not disturbed.
CREATE FUNCTION "refunds_reserve_payment"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  released integer := 0\073
  added integer := 0\073
  reserved integer\073
  paid integer\073
BEGIN
  IF TG_OP <> ''INSERT'' AND OLD."status" <> ''failed'' THEN released := OLD."amount"\073 END IF\073
  IF TG_OP <> ''DELETE'' AND NEW."status" <> ''failed'' THEN added := NEW."amount"\073 END IF\073
  IF TG_OP = ''UPDATE'' AND NEW."paymentId" = OLD."paymentId" THEN
    added := added - released\073
    released := 0\073
  END IF\073
  IF released <> 0 THEN
    UPDATE "payments" SET "refundReserved" = "refundReserved" - released WHERE "id" = OLD."paymentId"\073
  END IF\073
  IF added > 0 THEN
    -- the WHERE is re-checked on the newest row version once a concurrent writer commits (READ COMMITTED)
    UPDATE "payments" SET "refundReserved" = "refundReserved" + added
      WHERE "id" = NEW."paymentId" AND "refundReserved" + added <= "amount"\073
    IF NOT FOUND THEN
      SELECT "refundReserved", "amount" INTO reserved, paid FROM "payments" WHERE "id" = NEW."paymentId"\073
      IF FOUND THEN
        RAISE EXCEPTION ''refund_exceeds_payment: a refund of % would bring payment % to % refunded of %'', added, NEW."paymentId", reserved + added, paid
          USING ERRCODE = ''TR409''\073
      END IF\073
    END IF\073
  ELSIF added < 0 THEN
    UPDATE "payments" SET "refundReserved" = "refundReserved" + added WHERE "id" = NEW."paymentId"\073
  END IF\073
  IF TG_OP = ''DELETE'' THEN RETURN OLD\073 END IF\073
  RETURN NEW\073
END ';

CREATE TRIGGER "refunds_reserve_payment" BEFORE INSERT OR UPDATE OR DELETE ON "refunds" FOR EACH ROW EXECUTE FUNCTION "refunds_reserve_payment"();
