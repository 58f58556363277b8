-- AlterTable
ALTER TABLE "Order" ALTER COLUMN "buyerEmail" DROP NOT NULL;
