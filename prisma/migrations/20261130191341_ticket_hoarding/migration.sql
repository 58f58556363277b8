-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "confirmHash" TEXT;

-- AlterTable
ALTER TABLE "Performance" ADD COLUMN     "maxTicketsPerBuyer" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "maxTicketsPerOrder" INTEGER NOT NULL DEFAULT 10;

-- CreateIndex
CREATE INDEX "Order_buyerEmail_idx" ON "Order"("buyerEmail");
