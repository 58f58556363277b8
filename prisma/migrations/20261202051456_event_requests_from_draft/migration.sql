-- AlterTable
ALTER TABLE "HallBooking" ADD COLUMN     "eventDraftId" TEXT;

-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "eventDraftId" TEXT;

-- CreateIndex
CREATE INDEX "HallBooking_eventDraftId_idx" ON "HallBooking"("eventDraftId");

-- CreateIndex
CREATE INDEX "Loan_eventDraftId_idx" ON "Loan"("eventDraftId");

-- AddForeignKey
ALTER TABLE "HallBooking" ADD CONSTRAINT "HallBooking_eventDraftId_fkey" FOREIGN KEY ("eventDraftId") REFERENCES "CaseDraft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_eventDraftId_fkey" FOREIGN KEY ("eventDraftId") REFERENCES "CaseDraft"("id") ON DELETE SET NULL ON UPDATE CASCADE;
