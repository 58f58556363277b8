-- AlterTable
ALTER TABLE "HallBooking" ADD COLUMN     "eventCaseId" TEXT;

-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "eventCaseId" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "feeOrderId" TEXT,
ADD COLUMN     "feePaidAt" TIMESTAMPTZ(3),
ADD COLUMN     "riskLabel" TEXT,
ADD COLUMN     "riskLevel" INTEGER,
ADD COLUMN     "subjectDay" DATE;

-- AlterTable
ALTER TABLE "CaseAdvice" ADD COLUMN     "lateNoticeSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "reminderSentAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "HallBooking_eventCaseId_idx" ON "HallBooking"("eventCaseId");

-- CreateIndex
CREATE INDEX "Loan_eventCaseId_idx" ON "Loan"("eventCaseId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_feeOrderId_key" ON "Case"("feeOrderId");

-- CreateIndex
CREATE INDEX "Case_workflowId_subjectDay_idx" ON "Case"("workflowId", "subjectDay");

-- AddForeignKey
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_eventCaseId_fkey" FOREIGN KEY ("eventCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_eventCaseId_fkey" FOREIGN KEY ("eventCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- hand-written: the first day of the events notified before this migration (submission sets it
-- from now on). Their risk category stays empty: it comes from the rules of the form definition.
UPDATE "Case" SET "subjectDay" = ("answers"->>'eventStart')::date
WHERE "workflowId" = 'events' AND "answers"->>'eventStart' ~ '^\d{4}-\d{2}-\d{2}$';
