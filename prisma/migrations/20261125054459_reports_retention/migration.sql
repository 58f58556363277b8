-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ReportSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,

    CONSTRAINT "ReportSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Report_closedAt_idx" ON "Report"("closedAt");

-- One row of settings, and a retention the job can act on.
ALTER TABLE "ReportSettings" ADD CONSTRAINT "ReportSettings_singleton" CHECK ("id" = 1);
ALTER TABLE "ReportSettings" ADD CONSTRAINT "ReportSettings_retention_range" CHECK ("retentionMonths" BETWEEN 1 AND 120);
