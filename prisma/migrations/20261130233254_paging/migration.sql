-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "dueOn" DATE;

-- CreateIndex
CREATE INDEX "Order_createdAt_idx" ON "Order"("createdAt");

-- CreateIndex
CREATE INDEX "HallBooking_status_startsAt_idx" ON "HallBooking"("status", "startsAt");

-- CreateIndex
CREATE INDEX "HallBooking_status_endsAt_idx" ON "HallBooking"("status", "endsAt");

-- CreateIndex
CREATE INDEX "Report_createdAt_idx" ON "Report"("createdAt");

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Report_status_dueOn_createdAt_idx" ON "Report"("status", "dueOn", "createdAt");

-- CreateIndex
CREATE INDEX "Report_dueOn_createdAt_idx" ON "Report"("dueOn", "createdAt");

-- hand-written: the due day of the reports filed before this migration (the writers set it from now on,
-- lib/reports/commands/file.ts and lib/reports/catalogue.ts). Same rule as lib/reports/overdue.ts.
UPDATE "Report" AS r SET "dueOn" = (r."createdAt" AT TIME ZONE 'Europe/Brussels')::date + c."targetDays" FROM "ReportCategory" AS c WHERE c."id" = r."categoryId";
