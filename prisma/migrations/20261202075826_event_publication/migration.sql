-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('PENDING', 'PUBLISHED', 'FAILED');

-- CreateTable
CREATE TABLE "EventPublication" (
    "caseId" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "externalId" TEXT,
    "publicUrl" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "EventPublication_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "UitdatabankEventType" (
    "eventType" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "UitdatabankEventType_pkey" PRIMARY KEY ("eventType")
);

-- CreateIndex
CREATE INDEX "EventPublication_status_nextAttemptAt_idx" ON "EventPublication"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "EventPublication" ADD CONSTRAINT "EventPublication_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
