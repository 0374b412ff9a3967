-- CreateEnum
CREATE TYPE "LocalRunStatus" AS ENUM ('queued', 'running', 'sleeping', 'waiting', 'completed', 'failed');

-- CreateTable
CREATE TABLE "local_inngest_events" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "ts" TIMESTAMPTZ(3) NOT NULL,
    "dedupeId" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "local_inngest_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "local_inngest_runs" (
    "id" TEXT NOT NULL,
    "functionId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "status" "LocalRunStatus" NOT NULL DEFAULT 'queued',
    "steps" JSONB NOT NULL DEFAULT '{}',
    "stack" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "planned" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "timers" JSONB NOT NULL DEFAULT '[]',
    "waits" JSONB NOT NULL DEFAULT '[]',
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL,
    "disableImmediate" BOOLEAN NOT NULL DEFAULT false,
    "nextRunAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "history" JSONB NOT NULL DEFAULT '[]',
    "output" JSONB,
    "error" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "local_inngest_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "local_inngest_events_dedupeId_key" ON "local_inngest_events"("dedupeId");

-- CreateIndex
CREATE INDEX "local_inngest_events_name_receivedAt_idx" ON "local_inngest_events"("name", "receivedAt");

-- CreateIndex
CREATE INDEX "local_inngest_runs_status_nextRunAt_idx" ON "local_inngest_runs"("status", "nextRunAt");

-- CreateIndex
CREATE INDEX "local_inngest_runs_functionId_createdAt_idx" ON "local_inngest_runs"("functionId", "createdAt");

-- CreateIndex
CREATE INDEX "local_inngest_runs_createdAt_idx" ON "local_inngest_runs"("createdAt");
