-- AlterEnum
ALTER TYPE "PaymentMethod" ADD VALUE 'INVOICE';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "invoiceAddressee" TEXT,
ADD COLUMN     "invoiceAssociationId" TEXT,
ADD COLUMN     "invoiceDueOn" DATE,
ADD COLUMN     "invoiceNumber" TEXT,
ADD COLUMN     "invoicedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "PaymentSettings" ADD COLUMN     "invoiceDueDays" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "InvoiceNumberSequence" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "InvoiceNumberSequence_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_invoiceNumber_key" ON "Order"("invoiceNumber");

-- CreateIndex
CREATE INDEX "Order_invoicedAt_idx" ON "Order"("invoicedAt");

-- CreateIndex
CREATE INDEX "Order_status_invoiceDueOn_idx" ON "Order"("status", "invoiceDueOn");

-- CreateIndex
CREATE INDEX "Order_invoiceAssociationId_idx" ON "Order"("invoiceAssociationId");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_invoiceAssociationId_fkey" FOREIGN KEY ("invoiceAssociationId") REFERENCES "Association"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An invoice has its number, date, due date and structured communication together, or none of them.
ALTER TABLE "Order" ADD CONSTRAINT "Order_invoice_complete" CHECK (
  ("invoiceNumber" IS NULL AND "invoicedAt" IS NULL AND "invoiceDueOn" IS NULL)
  OR ("invoiceNumber" IS NOT NULL AND "invoicedAt" IS NOT NULL AND "invoiceDueOn" IS NOT NULL AND "ogm" IS NOT NULL)
);
