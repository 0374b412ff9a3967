-- CreateEnum
CREATE TYPE "PayoutKind" AS ENUM ('scheduled', 'manual');

-- AlterEnum
ALTER TYPE "LedgerKind" ADD VALUE 'transfer_reversal';

-- DropIndex
DROP INDEX "payouts_status_idx";

-- DropIndex
DROP INDEX "payouts_vendorId_periodStart_periodEnd_key";

-- AlterTable
ALTER TABLE "vendor_profiles" ADD COLUMN     "requirementsDue" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "payouts" ADD COLUMN     "kind" "PayoutKind" NOT NULL DEFAULT 'scheduled';

-- AlterTable
ALTER TABLE "email_outbox" ADD COLUMN     "attachments" JSONB;

-- CreateIndex
CREATE INDEX "payouts_vendorId_currency_createdAt_idx" ON "payouts"("vendorId", "currency", "createdAt");

-- CreateIndex
CREATE INDEX "payouts_status_createdAt_idx" ON "payouts"("status", "createdAt");

-- One live payout per vendor, currency and period: the balance of a period can never be paid twice. A failed payout
-- does not count, so its balance can be paid by a later run.
CREATE UNIQUE INDEX "payouts_vendor_currency_period_live_key" ON "payouts"("vendorId", "currency", "periodStart", "periodEnd") WHERE "status" <> 'failed';
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_period_ordered" CHECK ("periodStart" <= "periodEnd");

-- Completion cron: confirmed bookings by departure
CREATE INDEX "bookings_status_departureId_idx" ON "bookings"("status", "departureId");

-- Vendor shares of unsettled bookings get their own account (moved by the next migration, once the value exists)
ALTER TYPE "LedgerAccount" ADD VALUE 'vendor_pending';
ALTER TYPE "LedgerKind" ADD VALUE 'release';
