-- Shares of bookings that are not settled yet (pending or confirmed) move to vendor_pending, and settled bookings
-- keep theirs in vendor_payable, as if released when they settled.
UPDATE "ledger_entries" SET "account" = 'vendor_pending'
WHERE "account" = 'vendor_payable' AND "payoutId" IS NULL
  AND "bookingId" IN (SELECT "id" FROM "bookings" WHERE "status" IN ('pending', 'confirmed'));
