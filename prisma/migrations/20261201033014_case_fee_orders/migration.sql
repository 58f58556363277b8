-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "feeOrderId" TEXT,
ADD COLUMN     "feePaidAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "Case_feeOrderId_key" ON "Case"("feeOrderId");
