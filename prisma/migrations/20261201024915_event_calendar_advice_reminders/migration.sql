-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "riskLabel" TEXT,
ADD COLUMN     "riskLevel" INTEGER,
ADD COLUMN     "subjectDay" DATE;

-- AlterTable
ALTER TABLE "CaseAdvice" ADD COLUMN     "lateNoticeSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "reminderSentAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Case_workflowId_subjectDay_idx" ON "Case"("workflowId", "subjectDay");

-- hand-written: the first day of the events notified before this migration (submission sets it
-- from now on). Their risk category stays empty: it comes from the rules of the form definition.
UPDATE "Case" SET "subjectDay" = ("answers"->>'eventStart')::date
WHERE "workflowId" = 'events' AND "answers"->>'eventStart' ~ '^\d{4}-\d{2}-\d{2}$';
