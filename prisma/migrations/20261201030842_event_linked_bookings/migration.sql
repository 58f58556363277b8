-- AlterTable
ALTER TABLE "HallBooking" ADD COLUMN     "eventCaseId" TEXT;

-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "eventCaseId" TEXT;

-- CreateIndex
CREATE INDEX "HallBooking_eventCaseId_idx" ON "HallBooking"("eventCaseId");

-- CreateIndex
CREATE INDEX "Loan_eventCaseId_idx" ON "Loan"("eventCaseId");

-- AddForeignKey
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_eventCaseId_fkey" FOREIGN KEY ("eventCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_eventCaseId_fkey" FOREIGN KEY ("eventCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
