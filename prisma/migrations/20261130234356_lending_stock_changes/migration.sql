-- CreateEnum
CREATE TYPE "LoanStockChangeKind" AS ENUM ('REPAIR', 'LOST');

-- AlterTable
ALTER TABLE "LoanSettings" ADD COLUMN     "lateFeePerDayCents" INTEGER NOT NULL DEFAULT 1000;

-- CreateTable
CREATE TABLE "LoanStockChange" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "kind" "LoanStockChangeKind" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "fromDate" DATE NOT NULL,
    "untilDate" DATE,
    "note" TEXT,
    "loanId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanStockChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LoanStockChange_itemId_fromDate_idx" ON "LoanStockChange"("itemId", "fromDate");

-- AddForeignKey
ALTER TABLE "LoanStockChange" ADD CONSTRAINT "LoanStockChange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LoanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- hand-written: a change takes at least one unit out, and a period ends on or after its first day.
ALTER TABLE "LoanStockChange" ADD CONSTRAINT "LoanStockChange_quantity_check" CHECK ("quantity" > 0);
ALTER TABLE "LoanStockChange" ADD CONSTRAINT "LoanStockChange_period_check" CHECK ("untilDate" IS NULL OR "untilDate" >= "fromDate");
ALTER TABLE "LoanSettings" ADD CONSTRAINT "LoanSettings_lateFee_check" CHECK ("lateFeePerDayCents" >= 0);
