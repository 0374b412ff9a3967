-- The admin bookings list orders by createdAt then id, with or without a status filter: both read straight from an index
DROP INDEX "bookings_createdAt_idx";

-- CreateIndex
CREATE INDEX "bookings_createdAt_id_idx" ON "bookings"("createdAt", "id");

-- CreateIndex
CREATE INDEX "bookings_status_createdAt_id_idx" ON "bookings"("status", "createdAt", "id");
