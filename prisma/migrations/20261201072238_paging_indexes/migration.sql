-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "HallBooking_userId_idx";

-- DropIndex
DROP INDEX "HallBooking_associationId_idx";

-- DropIndex
DROP INDEX "Report_reporterId_idx";

-- DropIndex
DROP INDEX "Loan_userId_idx";

-- DropIndex
DROP INDEX "Loan_status_idx";

-- DropIndex
DROP INDEX "Case_applicantId_idx";

-- DropIndex
DROP INDEX "CaseAdvice_bodySlug_answeredAt_idx";

-- DropIndex
DROP INDEX "ActivityRegistration_userId_idx";

-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Performance_startsAt_idx" ON "Performance"("startsAt");

-- CreateIndex
CREATE INDEX "HallBooking_userId_startsAt_idx" ON "HallBooking"("userId", "startsAt");

-- CreateIndex
CREATE INDEX "HallBooking_associationId_startsAt_idx" ON "HallBooking"("associationId", "startsAt");

-- CreateIndex
CREATE INDEX "Report_reporterId_createdAt_idx" ON "Report"("reporterId", "createdAt");

-- CreateIndex
CREATE INDEX "ReportFollower_userId_idx" ON "ReportFollower"("userId");

-- CreateIndex
CREATE INDEX "Loan_userId_pickupDate_idx" ON "Loan"("userId", "pickupDate");

-- CreateIndex
CREATE INDEX "Loan_status_returnDate_idx" ON "Loan"("status", "returnDate");

-- CreateIndex
CREATE INDEX "Case_applicantId_submittedAt_idx" ON "Case"("applicantId", "submittedAt");

-- CreateIndex
CREATE INDEX "CaseAdvice_bodySlug_answeredAt_dueOn_idx" ON "CaseAdvice"("bodySlug", "answeredAt" DESC, "dueOn");

-- CreateIndex
CREATE INDEX "Activity_title_idx" ON "Activity"("title");

-- CreateIndex
CREATE INDEX "ActivityRegistration_userId_startDate_idx" ON "ActivityRegistration"("userId", "startDate");
